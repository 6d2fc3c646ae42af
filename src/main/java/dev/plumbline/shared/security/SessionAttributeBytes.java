package dev.plumbline.shared.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How session attributes become bytes and back: Java serialization, as Spring Session does, except that the
 * bytes of a security context or a CSRF token read again are not deserialized again. Every request read the
 * signed-in person's security context back from its bytes (class descriptors looked up, objects built:
 * about 3 % of the mixed load's CPU, ADR 0012). Equal bytes give an equal object, so the one already built
 * is reused; only immutable values are kept, and a security context — which signing out empties — is handed
 * out as a new context around the kept authentication. Other attributes are deserialized each time.
 */
final class SessionAttributeBytes implements Converter<byte[], Object> {

	/** Sessions' distinct security contexts and tokens kept; each about a kilobyte of bytes and objects. */
	static final int KEPT = 4_096;

	private final DeserializingConverter deserializer;

	private final Map<Key, Object> kept = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
			return size() > KEPT;
		}

	};

	SessionAttributeBytes(ClassLoader classLoader) {
		this.deserializer = new DeserializingConverter(classLoader);
	}

	/** A conversion service for Spring Session's JDBC store with this converter for reading. */
	static GenericConversionService conversionService(ClassLoader classLoader) {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, new SessionAttributeBytes(classLoader));
		return conversions;
	}

	@Override
	public Object convert(byte[] bytes) {
		Key key = new Key(bytes);
		Object known;
		synchronized (this.kept) {
			known = this.kept.get(key);
		}
		if (known == null) {
			known = this.deserializer.convert(bytes);
			if (!(known instanceof SecurityContextImpl || known instanceof DefaultCsrfToken)) {
				return known;
			}
			synchronized (this.kept) {
				this.kept.put(key, known);
			}
		}
		return (known instanceof SecurityContext context) ? new SecurityContextImpl(context.getAuthentication()) : known;
	}

	/** Bytes compared by content; the array is the store's own copy, never changed after it was read. */
	private static final class Key {

		private final byte[] bytes;

		private final int hash;

		Key(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.hash == key.hash && Arrays.equals(this.bytes, key.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
