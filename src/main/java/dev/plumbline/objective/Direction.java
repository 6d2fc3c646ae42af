package dev.plumbline.objective;

/**
 * Which way a key result's value should move.
 */
public enum Direction {

	INCREASE, DECREASE

}
