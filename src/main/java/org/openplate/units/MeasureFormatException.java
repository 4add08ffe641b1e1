package org.openplate.units;

/** Text that is not a height or weight we understand. The message is for people and gives accepted examples. */
public class MeasureFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MeasureFormatException(String message) {
        super(message);
    }
}
