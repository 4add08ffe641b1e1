package org.openplate.food;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openplate.account.AuthGuard;
import org.openplate.account.Session;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.food.barcode.FrameDecoder;
import org.openplate.food.barcode.ProductCode;
import org.openplate.web.BodyBudget;
import org.openplate.web.ApiRoutes;

/**
 * Barcodes: {@code GET /api/v1/foods/barcode/{barcode}} looks a product code up (the catalogue and the
 * caller's own custom foods), and {@code POST /api/v1/barcodes/read} reads the code in a camera frame
 * for browsers without a barcode detector of their own.
 */
final class BarcodeApi implements ApiRoutes {

    /** The largest frame accepted: a 1280 x 720 JPEG at ordinary quality is 100-250 kB. */
    static final long MAX_FRAME_BYTES = 600_000;

    private final FoodService foods;
    private final AuthGuard guard;
    private final FrameDecoder decoder;

    BarcodeApi(FoodService foods, AuthGuard guard, FrameDecoder decoder) {
        this.foods = foods;
        this.guard = guard;
        this.decoder = decoder;
    }

    /**
     * What a frame held: {@code found} false when no barcode could be read (try the next frame); else the
     * digits as printed, the format, and the barcode foods are stored under ({@code lookup}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Read(boolean found, String code, String format, String lookup) {
        static Read of(Optional<ProductCode> code) {
            return code.map(c -> new Read(true, c.digits(), c.format().api(), c.lookup()))
                    .orElse(new Read(false, null, null, null));
        }
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/foods/barcode/{barcode}", this::lookup);
        r.post("/api/v1/barcodes/read", this::read);
    }

    private void lookup(Context ctx) {
        UserId viewer = guard.session(ctx).map(Session::userId).orElse(null);
        String raw = ctx.pathParam("barcode");
        List<ProductCode> readings = ProductCode.readings(raw, "barcode");
        Food food = foods.byCode(readings, viewer).orElseThrow(() -> new NotFoundException(
                "No food has the barcode " + readings.get(0).digits() + "."));
        ctx.json(FoodJson.of(food));
    }

    private void read(Context ctx) throws IOException {
        guard.requireUser(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!(type.startsWith("image/jpeg") || type.startsWith("image/png"))) {
            throw new BadInputException("image", "image must be sent as image/jpeg or image/png (the body is the picture).");
        }
        BodyBudget.of(ctx).lower(MAX_FRAME_BYTES);
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes((int) MAX_FRAME_BYTES + 1);
        }
        if (bytes.length > MAX_FRAME_BYTES) {
            throw new io.javalin.http.HttpResponseException(413, "The frame is too large.");
        }
        if (bytes.length == 0) {
            throw new BadInputException("image", "image is empty: send one camera frame as JPEG or PNG.");
        }
        ctx.json(Read.of(decoder.decode(bytes)));
    }
}
