package dev.plumbline.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total, as pages and the API return it ({@code ?page=&size=}).
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	public Paged {
		items = List.copyOf(items);
	}

	/** A page number made safe: never negative. */
	public static int page(Integer page) {
		return page == null ? 0 : Math.max(page, 0);
	}

	/** A page size made safe: 1 to {@link #MAX_SIZE}, {@link #DEFAULT_SIZE} when absent. */
	public static int size(Integer size) {
		return size == null ? DEFAULT_SIZE : Math.min(Math.max(size, 1), MAX_SIZE);
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	public <R> Paged<R> map(Function<T, R> mapper) {
		return new Paged<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

}
