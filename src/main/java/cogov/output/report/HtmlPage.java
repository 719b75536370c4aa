package cogov.output.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A self-contained HTML page: inline CSS with the system font stack, inline SVG figures, no
 * scripts, fonts or other network references. Responsive for phones and with print rules.
 */
final class HtmlPage {

    private static final String CSS = """
            :root{--fg:#1b1b1b;--muted:#5a5a5a;--rule:#d6d6d6;--band:#f5f5f5}
            *{box-sizing:border-box}
            html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",\
            "Liberation Sans",sans-serif;color:var(--fg);background:#fff;line-height:1.45;-webkit-text-size-adjust:100%}
            body{margin:0}
            main{max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
            h1{font-size:1.7rem;margin:.2rem 0 .4rem}
            h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--rule)}
            h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
            p.lead{font-size:1.05rem;color:var(--muted);margin-top:0}
            nav ul{padding-left:1.2rem;columns:2;column-gap:2rem}
            .table-wrap{overflow-x:auto;margin:.5rem 0 1rem;border:1px solid var(--rule);border-radius:4px}
            table{border-collapse:collapse;font-size:.78rem;width:100%;font-variant-numeric:tabular-nums}
            th,td{padding:.3rem .4rem;text-align:left;vertical-align:top;border-bottom:1px solid var(--rule)}
            thead th{background:var(--band);position:sticky;top:0;font-weight:600;hyphens:auto}
            td.num{text-align:right}
            td small{color:var(--muted);font-size:.9em;white-space:nowrap}
            td.sig{font-weight:600}
            caption{caption-side:bottom;text-align:left;font-size:.8rem;color:var(--muted);padding:.4rem .55rem}
            .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.4em;vertical-align:-.05em}
            figure{margin:1.2rem 0 2rem;break-inside:avoid;page-break-inside:avoid}
            figure svg{display:block;width:100%;height:auto;max-width:100%}
            figure svg text{font-family:"DejaVu Sans",Verdana,sans-serif}
            figcaption{font-size:.85rem;color:var(--muted);margin-top:.3rem}
            figcaption a{margin-left:.35rem}
            footer{margin-top:3rem;font-size:.8rem;color:var(--muted)}
            @media (max-width:40rem){main{padding:1rem .7rem 2rem}h1{font-size:1.35rem}nav ul{columns:1}
            table{font-size:.72rem}}
            @media print{@page{size:A4;margin:12mm}main{max-width:none;padding:0}nav,.files{display:none}
            html{font-size:9pt}h2{break-after:avoid;page-break-after:avoid}
            .table-wrap{overflow:visible;border:none}thead th{position:static}thead{display:table-header-group}
            tr{break-inside:avoid;page-break-inside:avoid}table{font-size:7pt}th,td{padding:.15rem .25rem}
            a{color:inherit;text-decoration:none}figure svg{max-height:24cm;width:auto;margin:0 auto}}
            """;

    private final String title;
    private final List<String> toc = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();

    HtmlPage(String title) {
        this.title = title;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    HtmlPage header(String heading, String lead) {
        body.append("<header><h1>").append(esc(heading)).append("</h1>");
        if (lead != null && !lead.isBlank()) {
            body.append("<p class=\"lead\">").append(esc(lead)).append("</p>");
        }
        body.append("</header>\n<!--TOC-->\n");
        return this;
    }

    HtmlPage section(String id, String heading) {
        toc.add("<li><a href=\"#" + esc(id) + "\">" + esc(heading) + "</a></li>");
        body.append("<h2 id=\"").append(esc(id)).append("\">").append(esc(heading)).append("</h2>\n");
        return this;
    }

    HtmlPage subheading(String text) {
        body.append("<h3>").append(esc(text)).append("</h3>\n");
        return this;
    }

    HtmlPage paragraph(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A table; a cell starting with the marker {@link #RAW} is inserted as HTML (already escaped by the caller). */
    HtmlPage table(String caption, List<String> head, List<List<String>> rows, boolean numeric) {
        body.append("<div class=\"table-wrap\"><table>");
        if (caption != null) {
            body.append("<caption>").append(esc(caption)).append("</caption>");
        }
        body.append("<thead><tr>");
        head.forEach(h -> body.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
        body.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (i == 0) {
                    body.append("<th scope=\"row\">").append(cell(cell)).append("</th>");
                } else {
                    boolean sig = cell.startsWith(SIG);
                    String cls = (numeric ? "num" : "") + (sig ? " sig" : "");
                    body.append(cls.isBlank() ? "<td>" : "<td class=\"" + cls.trim() + "\">")
                            .append(cell(sig ? cell.substring(SIG.length()) : cell)).append("</td>");
                }
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
        return this;
    }

    /** Marks a cell as pre-built HTML. */
    static final String RAW = "\u0000raw:";
    /** Marks a cell as significant (shown bold). */
    static final String SIG = "\u0000sig:";

    private static String cell(String text) {
        return text.startsWith(RAW) ? text.substring(RAW.length()) : esc(text);
    }

    /** An inline SVG figure with caption and links to the chart files next to the page. */
    HtmlPage figure(String id, String svg, String caption, List<String> files) {
        body.append("<figure id=\"").append(esc(id)).append("\">").append(svg).append("<figcaption>")
                .append(esc(caption));
        if (!files.isEmpty()) {
            body.append("<span class=\"files\">");
            for (String f : files) {
                String ext = f.substring(f.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
                body.append("<a href=\"").append(esc(f)).append("\">").append(ext).append("</a>");
            }
            body.append("</span>");
        }
        body.append("</figcaption></figure>\n");
        return this;
    }

    HtmlPage footer(String text) {
        body.append("<footer>").append(esc(text)).append("</footer>\n");
        return this;
    }

    String render() {
        String nav = toc.isEmpty() ? "" : "<nav aria-label=\"Contents\"><ul>" + String.join("", toc) + "</ul></nav>";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"cogov report\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + body.toString().replace("<!--TOC-->", nav) + "</main>\n</body>\n</html>\n";
    }
}
