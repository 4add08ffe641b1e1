package org.openplate.units;

/** Text that is not a length or mass we understand; the message gives accepted examples. */
public class MeasureFormatException extends IllegalArgumentException {
    public MeasureFormatException(String message) {
        super(message);
    }
}
