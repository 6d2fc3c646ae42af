package dev.plumbline.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Size limits for what people send, so that one request cannot fill the heap: JSON bodies of the API
 * (default 1 MB; checked by a filter before anything reads them) and CSV uploads of check-ins and
 * measurements (default 10 MB). Organization files have their own, larger limit
 * ({@code plumbline.interchange.max-file-size}).
 */
@ConfigurationProperties("plumbline.limits")
public record UploadLimits(DataSize jsonBody, DataSize csv) {

	public static final String JSON_BODY_SETTING = "plumbline.limits.json-body";

	public static final String CSV_SETTING = "plumbline.limits.csv";

	public UploadLimits {
		jsonBody = (jsonBody == null) ? DataSize.ofMegabytes(1) : jsonBody;
		csv = (csv == null) ? DataSize.ofMegabytes(10) : csv;
	}

	/** Refuses a CSV upload of this many bytes when it is over the limit. */
	public void checkCsv(long bytes) {
		if (bytes > this.csv.toBytes()) {
			throw new TooLargeException("The CSV file", this.csv.toBytes(), CSV_SETTING);
		}
	}

	/** "1 MB", "512 KB" or "100 bytes": the limit as people read it. */
	public static String describe(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " bytes";
	}

}
