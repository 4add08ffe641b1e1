package org.openplate.transfer.trackers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Builds a .xls (BIFF8) workbook row by row: String, Number or LocalDate cells, null for a gap. */
final class XlsBuilder {

    private final HSSFWorkbook wb = new HSSFWorkbook();
    private final CellStyle dateStyle;
    private Sheet sheet;
    private int next;

    XlsBuilder() {
        dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    XlsBuilder sheet(String name) {
        sheet = wb.createSheet(name);
        next = 0;
        return this;
    }

    XlsBuilder row(Object... cells) {
        Row r = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v instanceof String s) {
                r.createCell(i).setCellValue(s);
            } else if (v instanceof Number n) {
                r.createCell(i).setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                r.createCell(i).setCellValue(d);
                r.getCell(i).setCellStyle(dateStyle);
            }
        }
        return this;
    }

    XlsBuilder blank() {
        next++;
        return this;
    }

    /** The 1-based number of the row the next {@link #row} call writes. */
    int nextRow() {
        return next + 1;
    }

    byte[] bytes() {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
