package dev.plumbline.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.plumbline.shared.Keys;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The structured value types of organization files: mappings of a known {@link Shape}, lists, and
 * mappings keyed by the user's own keys (scores, answers).
 */
final class Structures {

	private Structures() {
	}

	static <T> Obj<T> object(Shape<T> shape) {
		return new Obj<>(shape);
	}

	static ListOf list(Type item) {
		return new ListOf(item);
	}

	/** A mapping whose keys are keys naming {@code target}s (or any text when {@code keys} is false). */
	static MapOf map(boolean keys, Target target, Type value) {
		return new MapOf(keys, target, value);
	}

	/** A mapping of a known shape; unknown and repeated keys are problems, and so are missing required ones. */
	record Obj<T>(Shape<T> shape) implements Type {

		@Override
		public Object read(Cursor cursor) {
			if (cursor.token() == JsonToken.VALUE_NULL) {
				return null;
			}
			Shape.Values values = new Shape.Values(this.shape);
			if (cursor.token() != JsonToken.START_OBJECT) {
				wrongKind(cursor);
				return this.shape.build(values);
			}
			boolean[] seen = new boolean[this.shape.fields().size()];
			boolean[] spoilt = new boolean[seen.length];
			while (cursor.next() == JsonToken.PROPERTY_NAME) {
				String name = cursor.name();
				cursor.push(name);
				cursor.next();
				Shape.Field<T> field = this.shape.field(name);
				if (field == null) {
					cursor.problem(cursor.scalar(), "unknown key '" + name + "'" + Suggestions.didYouMean(name,
							this.shape.fields().stream().map(Shape.Field::name).toList()));
					cursor.skip();
				}
				else if (seen[field.index()]) {
					cursor.problem(cursor.scalar(), "duplicate key '" + name + "' in this mapping");
					cursor.skip();
				}
				else {
					seen[field.index()] = true;
					int before = cursor.problemCount();
					values.set(field.index(), field.type().read(cursor));
					spoilt[field.index()] = cursor.problemCount() > before;
				}
				cursor.pop();
			}
			for (Shape.Field<T> field : this.shape.fields()) {
				if (field.required() && !spoilt[field.index()] && values.get(field.name()) == null) {
					cursor.problemAt(field.name(), null, "is required");
				}
			}
			this.shape.check(values, cursor);
			return this.shape.build(values);
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			T record = this.shape.cast(value);
			generator.writeStartObject();
			for (Shape.Field<T> field : this.shape.fields()) {
				Object fieldValue = field.value(record);
				if (!field.type().absent(fieldValue)) {
					generator.writeName(field.name());
					field.type().write(generator, fieldValue);
				}
			}
			generator.writeEndObject();
		}

		@Override
		public boolean absent(Object value) {
			return value == null || this.shape.isEmpty(this.shape.cast(value));
		}

		@Override
		public String expected() {
			return "a mapping";
		}

	}

	/** A list; lists of keyed records or of keys must not repeat a key. */
	record ListOf(Type item) implements Type {

		@Override
		public Object read(Cursor cursor) {
			if (cursor.token() == JsonToken.VALUE_NULL) {
				return null;
			}
			if (cursor.token() != JsonToken.START_ARRAY) {
				return wrongKind(cursor);
			}
			String listPath = null;
			Map<String, Integer> keys = null;
			List<Object> items = new ArrayList<>();
			int index = 0;
			while (true) {
				cursor.push(index);
				if (cursor.next() == JsonToken.END_ARRAY) {
					cursor.pop();
					break;
				}
				Object value = this.item.read(cursor);
				if (cursor.token() == JsonToken.VALUE_NULL && !cursor.aliased()) {
					cursor.problem(null, "must be " + this.item.expected() + ", not empty");
					if (this.item instanceof Obj<?> obj) {
						value = obj.shape().build(new Shape.Values(obj.shape()));
					}
				}
				if (value != null) {
					items.add(value);
					String key = identity(value);
					if (key != null) {
						if (keys == null) {
							keys = new HashMap<>();
							cursor.pop();
							listPath = cursor.path();
							cursor.push(index);
						}
						Integer first = keys.putIfAbsent(key, index);
						if (first != null) {
							String where = listPath + "[" + first + "]";
							if (this.item instanceof Obj<?>) {
								cursor.problemAt("key", key, "duplicate key '" + key + "' (also at " + where + ")");
							}
							else {
								cursor.problem(key, "'" + key + "' is listed twice (also at " + where + ")");
							}
						}
					}
				}
				cursor.pop();
				index++;
			}
			return items;
		}

		private String identity(Object value) {
			if (this.item instanceof Obj<?> obj) {
				Shape.Field<?> key = obj.shape().field("key");
				return key == null ? null : (String) key.get().apply(cast(value));
			}
			return this.item instanceof Types.Key ? (String) value : null;
		}

		@SuppressWarnings("unchecked")
		private static <T> T cast(Object value) {
			return (T) value;
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeStartArray();
			for (Object item : (List<?>) value) {
				this.item.write(generator, item);
			}
			generator.writeEndArray();
		}

		@Override
		public boolean absent(Object value) {
			return value == null || ((List<?>) value).isEmpty();
		}

		@Override
		public String expected() {
			return "a list";
		}

	}

	/** A mapping from keys (or free text) to values of one type, in the file's order. */
	record MapOf(boolean keys, Target target, Type value) implements Type {

		@Override
		public Object read(Cursor cursor) {
			if (cursor.token() == JsonToken.VALUE_NULL) {
				return null;
			}
			if (cursor.token() != JsonToken.START_OBJECT) {
				return wrongKind(cursor);
			}
			Map<String, Object> entries = new LinkedHashMap<>();
			Set<String> seen = new HashSet<>();
			while (cursor.next() == JsonToken.PROPERTY_NAME) {
				String name = cursor.name();
				cursor.push(name);
				cursor.next();
				if (!seen.add(name)) {
					cursor.problem(cursor.scalar(), "duplicate key '" + name + "' in this mapping");
					cursor.skip();
				}
				else if (this.keys && !Keys.valid(name)) {
					cursor.problem(name, "is not a valid key: " + Keys.RULE);
					cursor.skip();
				}
				else {
					if (this.target != null) {
						cursor.reference(this.target, name);
					}
					Object read = this.value.read(cursor);
					if (read != null) {
						entries.put(name, read);
					}
					else if (cursor.token() == JsonToken.VALUE_NULL && !cursor.aliased()) {
						cursor.problem(null, "must be " + this.value.expected());
					}
				}
				cursor.pop();
			}
			return entries;
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeStartObject();
			for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
				generator.writeName((String) entry.getKey());
				this.value.write(generator, entry.getValue());
			}
			generator.writeEndObject();
		}

		@Override
		public boolean absent(Object value) {
			return value == null || ((Map<?, ?>) value).isEmpty();
		}

		@Override
		public String expected() {
			return "a mapping";
		}

	}

}
