package dev.plumbline.charter.web;

import java.time.Instant;
import java.util.List;

import dev.plumbline.charter.Charter;
import dev.plumbline.charter.CharterQueries.Acknowledgements;
import dev.plumbline.charter.CharterValue;
import dev.plumbline.charter.Pillar;

/**
 * The whole charter as the API returns it, with the share of members who acknowledged this version.
 */
record CharterResponse(long version, String vision, String mission, List<CharterValue> values, List<Pillar> pillars,
		Instant updatedAt, String updatedBy, AcknowledgementResponse acknowledgements) {

	record AcknowledgementResponse(long version, long acknowledged, long expected, int percent) {
	}

	static CharterResponse of(Charter charter, Acknowledgements acknowledgements) {
		return new CharterResponse(charter.version(), charter.content().vision(), charter.content().mission(),
				charter.content().values(), charter.content().pillars(), charter.updatedAt(), charter.updatedBy(),
				new AcknowledgementResponse(acknowledgements.version(), acknowledgements.acknowledged(),
						acknowledgements.expected(), acknowledgements.percent()));
	}

}
