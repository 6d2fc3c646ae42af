package dev.plumbline.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Findings in report order with the number of the index node each counts against ({@link
 * IndexCalculator#baseId}), kept together so that an incremental audit neither sorts nor looks up the
 * findings a change did not touch.
 */
final class OrderedFindings {

	private final List<Finding> findings;

	private final int[] ids;

	private OrderedFindings(List<Finding> findings, int[] ids) {
		this.findings = findings;
		this.ids = ids;
	}

	/** Sorts the findings into report order (stable: equal ones keep their order). */
	static OrderedFindings of(List<Finding> findings, IndexCalculator calculator) {
		List<Finding> copy = new ArrayList<>(findings);
		copy.sort(AuditEngine.ORDER);
		int[] ids = new int[copy.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = calculator.baseId(copy.get(i));
		}
		return new OrderedFindings(List.copyOf(copy), ids);
	}

	List<Finding> findings() {
		return this.findings;
	}

	AlignmentIndex index(IndexCalculator calculator) {
		return calculator.index(this.findings, this.ids);
	}

	OrderedFindings without(Predicate<Finding> dropped) {
		List<Finding> kept = new ArrayList<>(this.findings.size());
		int[] ids = new int[this.findings.size()];
		for (int i = 0; i < this.findings.size(); i++) {
			Finding finding = this.findings.get(i);
			if (!dropped.test(finding)) {
				ids[kept.size()] = this.ids[i];
				kept.add(finding);
			}
		}
		return new OrderedFindings(kept, Arrays.copyOf(ids, kept.size()));
	}

	/**
	 * These findings with the few {@code added} put in place: the order a stable sort of these-then-added
	 * gives, in linear time instead of a sort of everything.
	 */
	OrderedFindings with(List<Finding> added, IndexCalculator calculator) {
		if (added.isEmpty()) {
			return this;
		}
		List<Finding> fresh = new ArrayList<>(added);
		fresh.sort(AuditEngine.ORDER);
		Finding[] all = new Finding[this.findings.size() + fresh.size()];
		int[] ids = new int[all.length];
		int k = 0;
		int n = 0;
		for (Finding finding : fresh) {
			// the first finding here that sorts after the new one; those equal to it stay before it
			int at = upperBound(k, finding);
			while (k < at) {
				ids[n] = this.ids[k];
				all[n++] = this.findings.get(k++);
			}
			ids[n] = calculator.baseId(finding);
			all[n++] = finding;
		}
		while (k < this.findings.size()) {
			ids[n] = this.ids[k];
			all[n++] = this.findings.get(k++);
		}
		return new OrderedFindings(List.of(all), ids);
	}

	private int upperBound(int from, Finding finding) {
		int low = from;
		int high = this.findings.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (AuditEngine.ORDER.compare(this.findings.get(mid), finding) <= 0) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
