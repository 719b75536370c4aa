package cogov.model;

import cogov.config.NetworkKind;
import cogov.config.NetworkSpec;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The array helpers the daily processes call in their per-resident loops ({@link SocialNetwork#meansOverTies},
 * {@link SocialNetwork#shareOfActiveTies(int, byte[], int)}) give bit for bit what the one-value forms give,
 * on an explicit network with formed ties and under well-mixed, and count the formed ties.
 */
class SocialNetworkMeansTest {
    private static final int[] COMMUNITY_START = {0, 120, 200};

    private static SocialNetwork smallWorldWithFormedTies() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        SocialNetwork net = SocialNetwork.generate(new NetworkSpec(NetworkKind.SMALL_WORLD, 6, 0.1, 0.05), COMMUNITY_START, random);
        net.allowFormedTies(3);
        for (int t = 0; t < 300; t++) {
            net.formTie(random.nextInt(200), random.nextInt(200));
        }
        assertTrue(net.formedTieCount() > 50, "the fixture forms ties");
        return net;
    }

    private static SocialNetwork wellMixed() {
        return SocialNetwork.generate(new NetworkSpec(NetworkKind.WELL_MIXED, 0, 0, 0), COMMUNITY_START, new MersenneTwisterFast(7));
    }

    @Test
    void meansOverTiesMatchTheOneArrayMeanAndCountFormedTies() {
        for (SocialNetwork net : new SocialNetwork[] {smallWorldWithFormedTies(), wellMixed()}) {
            MersenneTwisterFast random = new MersenneTwisterFast(11);
            double[] x = new double[200];
            double[] y = new double[200];
            for (int i = 0; i < 200; i++) {
                x[i] = random.nextDouble();
                y[i] = random.nextDouble();
            }
            double[] meanX = new double[200];
            double[] meanY = new double[200];
            net.meansOverTies(x, y, meanX, meanY);
            IntToDoubleFunction oneX = net.meanOverTies(x);
            IntToDoubleFunction oneY = net.meanOverTies(y);
            for (int i = 0; i < 200; i++) {
                assertEquals(Double.doubleToLongBits(oneX.applyAsDouble(i)), Double.doubleToLongBits(meanX[i]), "x at " + i);
                assertEquals(Double.doubleToLongBits(oneY.applyAsDouble(i)), Double.doubleToLongBits(meanY[i]), "y at " + i);
            }
            int resident = firstWithFormedTie(net);
            double sum = 0;
            int others = 0;
            for (int j = 0; j < 200; j++) {
                if (net.isWellMixed() ? j != resident : isTie(net, resident, j)) {
                    sum += x[j];
                    others++;
                }
            }
            assertEquals(sum / others, meanX[resident], 1e-12, "mean of x over resident " + resident + "'s ties");
        }
    }

    @Test
    void shareOfActiveTiesFromAnArrayMatchesThePredicateForm() {
        for (SocialNetwork net : new SocialNetwork[] {smallWorldWithFormedTies(), wellMixed()}) {
            MersenneTwisterFast random = new MersenneTwisterFast(13);
            byte[] active = new byte[200];
            int activeCount = 0;
            for (int i = 0; i < 200; i++) {
                active[i] = (byte) (random.nextDouble() < 0.3 ? 1 : 0);
                activeCount += active[i];
            }
            IntToDoubleFunction share = net.shareOfActiveTies(j -> active[j] != 0);
            for (int i = 0; i < 200; i++) {
                assertEquals(Double.doubleToLongBits(share.applyAsDouble(i)),
                        Double.doubleToLongBits(net.shareOfActiveTies(i, active, activeCount)), "share at " + i);
            }
            int resident = firstWithFormedTie(net);
            int marked = 0;
            int others = 0;
            for (int j = 0; j < 200; j++) {
                if (net.isWellMixed() ? j != resident : isTie(net, resident, j)) {
                    marked += active[j];
                    others++;
                }
            }
            assertEquals(marked / (double) others, net.shareOfActiveTies(resident, active, activeCount), 1e-12);
        }
    }

    @Test
    void wellMixedHasNoExplicitTies() {
        SocialNetwork net = wellMixed();
        net.allowFormedTies(3);
        for (int i = 0; i < 200; i++) {
            assertEquals(0, net.degree(i));
        }
    }

    /** A resident with a formed tie (any resident under well-mixed), so the check covers formed ties. */
    private static int firstWithFormedTie(SocialNetwork net) {
        for (int i = 0; i < net.size(); i++) {
            if (net.formedDegree(i) > 0) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isTie(SocialNetwork net, int i, int j) {
        for (int k = 0; k < net.degree(i); k++) {
            if (net.neighbour(i, k) == j) {
                return true;
            }
        }
        return false;
    }
}
