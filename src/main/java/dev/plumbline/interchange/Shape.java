package dev.plumbline.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One kind of mapping in an organization file (a team, an objective, a check-in): its fields in
 * canonical order, which are required, how each is read and written, and how the record is built.
 * The reader, the writer and the JSON Schema test all follow these definitions, so they cannot drift.
 *
 * @param <T> the model record
 */
final class Shape<T> {

	private final String name;

	private final Function<Values, T> build;

	private final List<Field<T>> fields = new ArrayList<>();

	private final Map<String, Field<T>> byName = new LinkedHashMap<>();

	private Check check = (values, cursor) -> {
	};

	private Shape(String name, Function<Values, T> build) {
		this.name = name;
		this.build = build;
	}

	/** A shape named as in the JSON Schema's {@code $defs}. */
	static <T> Shape<T> of(String name, Function<Values, T> build) {
		return new Shape<>(name, build);
	}

	Shape<T> required(String field, Type type, Function<T, ?> get) {
		return add(new Field<>(field, type, true, get, this.fields.size()));
	}

	Shape<T> optional(String field, Type type, Function<T, ?> get) {
		return add(new Field<>(field, type, false, get, this.fields.size()));
	}

	/** Rules across fields of one record (end not before start), run after its fields were read. */
	Shape<T> check(Check value) {
		this.check = value;
		return this;
	}

	private Shape<T> add(Field<T> field) {
		this.fields.add(field);
		this.byName.put(field.name(), field);
		return this;
	}

	String name() {
		return this.name;
	}

	List<Field<T>> fields() {
		return this.fields;
	}

	Field<T> field(String name) {
		return this.byName.get(name);
	}

	T build(Values values) {
		return this.build.apply(values);
	}

	void check(Values values, Cursor cursor) {
		this.check.check(values, cursor);
	}

	@SuppressWarnings("unchecked")
	T cast(Object value) {
		return (T) value;
	}

	/** Whether the writer would write nothing of {@code value}. */
	boolean isEmpty(T value) {
		for (Field<T> field : this.fields) {
			if (!field.type().absent(field.get().apply(value))) {
				return false;
			}
		}
		return true;
	}

	/** One field: its name in the file, its type, whether required, and where the model keeps it. */
	record Field<T>(String name, Type type, boolean required, Function<T, ?> get, int index) {

		Object value(T record) {
			return this.get.apply(record);
		}

	}

	/** Cross-field rule of a record. */
	@FunctionalInterface
	interface Check {

		void check(Values values, Cursor cursor);

	}

	/** The fields of one mapping as read (null when absent or unusable), by name. */
	static final class Values {

		private final Shape<?> shape;

		private final Object[] slots;

		Values(Shape<?> shape) {
			this.shape = shape;
			this.slots = new Object[shape.fields.size()];
		}

		void set(int index, Object value) {
			this.slots[index] = value;
		}

		@SuppressWarnings("unchecked")
		<V> V get(String name) {
			Field<?> field = this.shape.byName.get(name);
			if (field == null) {
				throw new IllegalArgumentException("No field " + name + " in " + this.shape.name);
			}
			return (V) this.slots[field.index()];
		}

		<V> V get(String name, V otherwise) {
			V value = get(name);
			return value == null ? otherwise : value;
		}

		<V> List<V> list(String name) {
			return get(name, List.of());
		}

	}

}
