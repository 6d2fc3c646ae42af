package dev.plumbline.interchange.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code plumbline.interchange.max-file-size}: the largest organization file accepted (default 512MB);
 * a larger upload is refused with 413.
 */
@ConfigurationProperties("plumbline.interchange")
record InterchangeSettings(DataSize maxFileSize) {

	InterchangeSettings {
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(512) : maxFileSize;
	}

}
