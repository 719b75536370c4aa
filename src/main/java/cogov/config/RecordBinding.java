package cogov.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cogov.config.Schema.Field;
import cogov.config.Schema.Kind;
import cogov.config.Schema.ObjectType;

/**
 * Binds resolved values (maps in schema order, see {@link SchemaValidator}) to records and back, derived
 * from the schema and the records' components: key {@code snake_case} is component {@code snakeCase}
 * (matched by name, so the resolved YAML follows schema order whatever the component order);
 * a mapping is a nested record, a list of mappings a {@code List} of records, an enum key a {@link Keyed}
 * enum (or a plain {@code String}). Nothing is written per key, so a new key is one schema entry plus one
 * record component; {@link #mismatches} lists where the two disagree (a test keeps that list empty).
 */
final class RecordBinding {

    /**
     * The schema types each record class was checked to agree with (checked once, not per scenario; one
     * record may bind several types, e.g. the per-group offsets).
     */
    private static final Map<Class<?>, Set<ObjectType>> AGREED = new ConcurrentHashMap<>();
    /** Each type's bound fields by component name (schema types are built once and never change). */
    private static final Map<ObjectType, Map<String, Field>> BY_COMPONENT = new ConcurrentHashMap<>();

    private RecordBinding() {
    }

    /** A record class's components and canonical constructor, looked up once per class. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> cls) {
            RecordComponent[] components = cls.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, cls.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + cls.getSimpleName(), e);
            }
        }
    };

    /** {@code relocated_households} -> {@code relocatedHouseholds}, {@code yuan_per_1000_households} -> {@code yuanPer1000Households}. */
    static String camelCase(String snake) {
        StringBuilder sb = new StringBuilder(snake.length());
        boolean upper = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** The fields of {@code type} that are bound to record components (the loader-only ones are not). */
    static List<Field> boundFields(ObjectType type) {
        List<Field> out = new ArrayList<>();
        for (Field f : type.fields()) {
            if (!f.loaderOnly()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Builds a {@code cls} record from resolved values that passed validation. */
    static <R extends Record> R bind(Class<R> cls, ObjectType type, Map<String, Object> values) {
        requireAgreement(cls, type);
        Map<String, Field> byComponent = byComponentName(type);
        Shape shape = SHAPES.get(cls);
        RecordComponent[] components = shape.components();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Field f = byComponent.get(components[i].getName());
            args[i] = bindValue(components[i], f, values.get(f.key()));
        }
        try {
            return cls.cast(shape.constructor().newInstance(args));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + cls.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + cls.getSimpleName(), e);
        }
    }

    /** The bound fields of {@code type} by the name of the record component each binds to. */
    private static Map<String, Field> byComponentName(ObjectType type) {
        return BY_COMPONENT.computeIfAbsent(type, t -> {
            Map<String, Field> out = new LinkedHashMap<>();
            for (Field f : boundFields(t)) {
                out.put(camelCase(f.key()), f);
            }
            return Collections.unmodifiableMap(out);
        });
    }

    @SuppressWarnings("unchecked")
    private static Object bindValue(RecordComponent component, Field f, Object value) {
        Class<?> t = component.getType();
        return switch (f.kind()) {
            case OBJECT -> bind(t.asSubclass(Record.class), f.object(),
                    value == null ? Map.of() : (Map<String, Object>) value);
            case LIST -> {
                Class<? extends Record> item = listItemType(component).asSubclass(Record.class);
                List<Object> out = new ArrayList<>();
                for (Map<String, Object> m : (List<Map<String, Object>>) value) {
                    out.add(bind(item, f.object(), m));
                }
                yield out;
            }
            case ENUM -> t == String.class ? value : constantOf(t, (String) value);
            default -> value;
        };
    }

    private static Object constantOf(Class<?> enumType, String key) {
        for (Object c : enumType.getEnumConstants()) {
            if (((Keyed) c).key().equals(key)) {
                return c;
            }
        }
        throw new IllegalStateException("no " + enumType.getSimpleName() + " spelled '" + key + "'");
    }

    /** The inverse of {@link #bind}: the record's values as a map in schema key order. */
    static Map<String, Object> unbind(Record record, ObjectType type) {
        requireAgreement(record.getClass(), type);
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            components.put(c.getName(), c);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : boundFields(type)) {
            RecordComponent c = components.get(camelCase(f.key()));
            Object v;
            try {
                v = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
            out.put(f.key(), unbindValue(f, v));
        }
        return out;
    }

    private static Object unbindValue(Field f, Object v) {
        return switch (f.kind()) {
            case OBJECT -> unbind((Record) v, f.object());
            case LIST -> {
                List<Object> out = new ArrayList<>();
                for (Object item : (List<?>) v) {
                    out.add(unbind((Record) item, f.object()));
                }
                yield out;
            }
            case ENUM -> v instanceof Keyed k ? k.key() : v;
            default -> v;
        };
    }

    private static void requireAgreement(Class<?> cls, ObjectType type) {
        Set<ObjectType> agreed = AGREED.get(cls);
        if (agreed != null && agreed.contains(type)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        mismatches(cls, type, cls.getSimpleName(), problems, false);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("schema and records disagree: " + String.join("; ", problems));
        }
        AGREED.computeIfAbsent(cls, c -> ConcurrentHashMap.newKeySet()).add(type);
    }

    /** Every disagreement between {@code type} and record {@code cls}, nested ones included; empty when they match. */
    static List<String> mismatches(Class<?> cls, ObjectType type) {
        List<String> problems = new ArrayList<>();
        mismatches(cls, type, cls.getSimpleName(), problems, true);
        return problems;
    }

    private static void mismatches(Class<?> cls, ObjectType type, String at, List<String> problems, boolean deep) {
        if (!cls.isRecord()) {
            problems.add(at + " is not a record");
            return;
        }
        Map<String, Field> byComponent = byComponentName(type);
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : cls.getRecordComponents()) {
            components.put(c.getName(), c);
            if (!byComponent.containsKey(c.getName())) {
                problems.add(at + "." + c.getName() + " has no schema key");
            }
        }
        for (Map.Entry<String, Field> e : byComponent.entrySet()) {
            Field f = e.getValue();
            RecordComponent c = components.get(e.getKey());
            if (c == null) {
                problems.add(at + ": schema key " + f.key() + " has no record component " + e.getKey());
                continue;
            }
            String where = at + "." + c.getName();
            Class<?> t = c.getType();
            boolean fits = switch (f.kind()) {
                case INT -> t == int.class;
                case LONG -> t == long.class;
                case DOUBLE -> t == double.class;
                case BOOL -> t == boolean.class;
                case STRING -> t == String.class;
                case ENUM -> t == String.class || t.isEnum() && Keyed.class.isAssignableFrom(t);
                case DIST -> t == DistributionSpec.class;
                case OBJECT -> t.isRecord();
                case LIST -> t == List.class && listItemType(c) != null && listItemType(c).isRecord();
            };
            if (!fits) {
                problems.add(where + " has type " + c.getGenericType().getTypeName() + ", which cannot hold schema kind "
                        + f.kind());
                continue;
            }
            if (f.kind() == Kind.ENUM && t.isEnum()) {
                for (String choice : f.choices()) {
                    if (!hasConstant(t, choice)) {
                        problems.add(where + ": choice '" + choice + "' is no constant of " + t.getSimpleName());
                    }
                }
            }
            if (deep && f.kind() == Kind.OBJECT) {
                mismatches(t, f.object(), where, problems, true);
            } else if (deep && f.kind() == Kind.LIST) {
                mismatches(listItemType(c), f.object(), where + "[]", problems, true);
            }
        }
    }

    private static boolean hasConstant(Class<?> enumType, String key) {
        for (Object c : enumType.getEnumConstants()) {
            if (((Keyed) c).key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> listItemType(RecordComponent c) {
        Type g = c.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return null;
    }
}
