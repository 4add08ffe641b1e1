import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the app's install icons (PNG) from the favicon's design (src/main/resources/static/favicon.svg:
 * a green plate on a 32-unit canvas): "any" icons at 192 and 512 px with a transparent corner, and
 * maskable ones, where the plate sits inside the central 80 % safe zone on a full green square so a
 * launcher's circle or squircle mask never cuts it.
 *
 * <p>Run from the repository root: {@code java scripts/AppIcons.java}. The PNGs are committed; run it
 * again only when the design changes.
 */
public class AppIcons {

    private static final Color GREEN = new Color(0x2e7d32);
    private static final Color LIGHT = new Color(0xe8f5e9);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/static/icons");
        Files.createDirectories(out);
        for (int size : new int[] {192, 512}) {
            ImageIO.write(draw(size, false), "png", out.resolve("icon-" + size + ".png").toFile());
            ImageIO.write(draw(size, true), "png", out.resolve("icon-maskable-" + size + ".png").toFile());
        }
    }

    /** The favicon's three circles (r 15, 10 and 6 with a 2-unit stroke, on 32 units) at {@code size} px. */
    static BufferedImage draw(int size, boolean maskable) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double unit = size / 32.0;
        if (maskable) {
            // full bleed; the plate (r 10 and in) within the 40 % radius safe circle
            g.setColor(GREEN);
            g.fillRect(0, 0, size, size);
            unit = size * 0.36 / 10.0;
        } else {
            circle(g, size, unit, 15, GREEN);
        }
        circle(g, size, unit, 10, Color.WHITE);
        circle(g, size, unit, 6, LIGHT);
        g.setColor(GREEN);
        g.setStroke(new BasicStroke((float) (2 * unit)));
        double r = 6 * unit;
        g.draw(new Ellipse2D.Double(size / 2.0 - r, size / 2.0 - r, 2 * r, 2 * r));
        g.dispose();
        return img;
    }

    private static void circle(Graphics2D g, int size, double unit, double radius, Color colour) {
        double r = radius * unit;
        g.setColor(colour);
        g.fill(new Ellipse2D.Double(size / 2.0 - r, size / 2.0 - r, 2 * r, 2 * r));
    }
}
