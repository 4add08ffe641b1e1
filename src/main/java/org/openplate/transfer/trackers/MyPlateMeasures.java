package org.openplate.transfer.trackers;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of MyPlate's Weight or Water section: the first value with a known unit ("180 lbs",
 * "81.5 kg", "8 cups", "16 fl oz", "500 ml", also after a label as in "Water: 16 fl oz"), on the
 * date in the row if it has one, else on the day of the last Date: row. Rows without such a value
 * (labels, headers) are skipped.
 */
final class MyPlateMeasures {

    private MyPlateMeasures() {
    }

    static void row(MyPlateScanner scanner, List<Object> cells, boolean weight) {
        LocalDate rowDay = null;
        MyPlateText.Quantity found = null;
        Double per = null;
        for (Object c : cells) {
            if (c instanceof LocalDate d) {
                rowDay = d;
            } else if (c instanceof String s && MyPlateText.date(s) != null) {
                rowDay = MyPlateText.date(s);
            } else if (found == null && c instanceof String s) {
                String value = s.replaceFirst("^[^:]*:", "");
                if (MyPlateText.numeric(value)) {
                    MyPlateText.Quantity q = MyPlateText.quantity("amount", value);
                    per = weight ? Values.kgPer(q.unit()) : Values.mlPer(q.unit());
                    found = per == null ? null : q;
                }
            }
        }
        if (found == null) {
            return;
        }
        if (rowDay == null && !scanner.hasDay(weight ? "weight" : "water")) {
            return;
        }
        scanner.measured(rowDay != null ? rowDay : scanner.day(), found, per);
    }
}
