package org.openplate.transfer.trackers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A LIVESTRONG MyPlate "Detailed" export (.xls, BIFF8) read with POI HSSF. Every sheet and row is
 * scanned by {@link MyPlateScanner}; a cell POI cannot read counts as empty, so an odd record does
 * not stop the import.
 */
final class MyPlateParser {

    /** The signature every OLE2 compound document (and so every .xls) starts with. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private final Sink sink;
    private final Limits limits;

    MyPlateParser(Sink sink, Limits limits) {
        this.sink = sink;
        this.limits = limits;
    }

    void workbook(String file, byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            throw new TrackerFormatException(file + ": the file is " + Values.megabytes(bytes.length) + "; at most "
                    + Values.megabytes(limits.maxFileBytes()) + " is accepted");
        }
        if (bytes.length < OLE2.length || !Arrays.equals(Arrays.copyOf(bytes, OLE2.length), OLE2)) {
            throw new TrackerFormatException(file + ": not an Excel (.xls) file" + guess(bytes)
                    + "; upload the .xls file MyPlate exports, unchanged");
        }
        HSSFWorkbook wb;
        try {
            wb = new HSSFWorkbook(new POIFSFileSystem(new ByteArrayInputStream(bytes)));
        } catch (OldExcelFormatException e) {
            throw new TrackerFormatException(file + ": an Excel 5/95 workbook, which is not supported;"
                    + " open it and save it as Excel 97-2003 (.xls)");
        } catch (EncryptedDocumentException e) {
            throw new TrackerFormatException(file + ": the workbook is password protected");
        } catch (IOException | RuntimeException e) {
            throw new TrackerFormatException(file + ": not an Excel (.xls) file, or a damaged one (" + e.getMessage()
                    + ")");
        }
        MyPlateScanner scanner = new MyPlateScanner(sink, file);
        try (wb) {
            int rows = 0;
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                scanner.sheet(sheet.getSheetName());
                for (Row row : sheet) {
                    if (++rows > limits.maxRows()) {
                        throw new TrackerFormatException(file + ": more than " + limits.maxRows() + " rows");
                    }
                    scanner.row(row.getRowNum() + 1, cells(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a workbook held in memory does no I/O
        }
        if (!scanner.sawSection()) {
            throw new TrackerFormatException(file + ": no Meals, Fitness, Weight or Water section was found;"
                    + " upload MyPlate's \"Detailed\" export");
        }
    }

    private static String guess(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return " (it is a zip, perhaps an .xlsx workbook: save it as Excel 97-2003 .xls)";
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
        return head.contains(",") || head.contains("\t") ? " (it looks like text, e.g. a CSV file)" : "";
    }

    /** The row's cells as String (trimmed, non-empty), Double or LocalDate, null when empty or unreadable. */
    private static List<Object> cells(Row row) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            out.add(value(row.getCell(i)));
        }
        return out;
    }

    private static Object value(Cell c) {
        if (c == null) {
            return null;
        }
        try {
            CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            return switch (t) {
                case STRING -> {
                    String s = c.getRichStringCellValue().getString().replace('\u00A0', ' ').trim();
                    yield s.isEmpty() ? null : s;
                }
                case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate()
                        : (Object) c.getNumericCellValue();
                case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
                default -> null;
            };
        } catch (RuntimeException e) {
            return null; // an odd record: the cell is treated as empty
        }
    }
}
