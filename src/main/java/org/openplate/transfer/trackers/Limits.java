package org.openplate.transfer.trackers;

/**
 * Size limits for uploaded exports. Tests lower them to stay fast.
 *
 * @param maxFileBytes     largest CSV or .xls file (and largest zip entry)
 * @param maxRows          most CSV records in one file, header included
 * @param maxZipEntries    most entries in a zip
 * @param maxZipTotalBytes most bytes inflated from all entries of a zip together
 * @param bombMinBytes     an entry this large or larger is checked for its compression ratio
 * @param bombRatio        inflated / compressed above this is a zip bomb
 */
record Limits(long maxFileBytes, int maxRows, int maxZipEntries, long maxZipTotalBytes, long bombMinBytes,
              int bombRatio) {

    static final long MB = 1024L * 1024L;

    static final Limits DEFAULT = new Limits(20 * MB, 200_000, 50, 50 * MB, MB, 100);
}
