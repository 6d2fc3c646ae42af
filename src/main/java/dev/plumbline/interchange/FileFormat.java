package dev.plumbline.interchange;

/**
 * The two spellings of an organization file; the model is the same either way.
 */
public enum FileFormat {

	YAML, JSON

}
