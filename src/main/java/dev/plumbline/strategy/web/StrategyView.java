package dev.plumbline.strategy.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.plumbline.charter.Charter;
import dev.plumbline.charter.Pillar;

/**
 * Small helpers the strategy pages share.
 */
final class StrategyView {

	private StrategyView() {
	}

	/** Pillar key → name, in the charter's order. */
	static Map<String, String> pillarNames(Charter charter) {
		Map<String, String> names = new LinkedHashMap<>();
		charter.content().pillars().forEach((Pillar p) -> names.put(p.key(), p.name()));
		return names;
	}

	/** 1 234 500 → "1.2M", 86 000 → "86k". */
	static String money(BigDecimal amount) {
		double value = amount.doubleValue();
		if (value >= 1_000_000) {
			return BigDecimal.valueOf(value / 1_000_000).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "M";
		}
		if (value >= 1_000) {
			return BigDecimal.valueOf(value / 1_000).setScale(0, RoundingMode.HALF_UP).toPlainString() + "k";
		}
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

}
