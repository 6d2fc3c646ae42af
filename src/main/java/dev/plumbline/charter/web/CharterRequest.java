package dev.plumbline.charter.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import dev.plumbline.charter.CharterContent;
import dev.plumbline.charter.CharterValue;
import dev.plumbline.charter.Pillar;

/**
 * The whole charter as the API takes it. {@code version} is the version the change was made from.
 */
record CharterRequest(@NotNull(message = "is required: the version your change is based on") @PositiveOrZero Long version,
		String vision, String mission, List<ValueRequest> values, List<PillarRequest> pillars) {

	record ValueRequest(String key, String name, String description, List<String> behaviors) {
	}

	record PillarRequest(String key, String name, String description, Integer weight) {
	}

	CharterContent toContent() {
		return new CharterContent(this.vision, this.mission,
				this.values == null ? List.of()
						: this.values.stream()
							.map(v -> v == null ? new CharterValue(null, null, null, null)
									: new CharterValue(v.key(), v.name(), v.description(), v.behaviors()))
							.toList(),
				this.pillars == null ? List.of()
						: this.pillars.stream()
							.map(p -> p == null ? new Pillar(null, null, null, null)
									: new Pillar(p.key(), p.name(), p.description(), p.weight()))
							.toList());
	}

}
