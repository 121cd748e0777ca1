package io.cardvault.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognitionPortContract;
import io.cardvault.application.port.out.recognition.PrintedCard;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.recognition.engine.RecognitionSettings;
import io.cardvault.recognition.render.CardFaceRenderer;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The OpenCV engine meets the same contract as the fake. Its photos are made here, without the
 * photo synthesizer: the card's reference face laid flat on a dark table, and a table with no card.
 */
class OpenCvCardRecognitionContractTest extends CardRecognitionPortContract {

    /** Tests run in the module folder: the shared artwork sits beside the project root. */
    private static final CardFaceRenderer RENDERER = new CardFaceRenderer(Path.of("../../shared/data/art"));

    @Override
    protected CardRecognitionPort engine() {
        return new OpenCvCardRecognitionAdapter(RENDERER, RecognitionSettings.defaults(), 1, Optional.empty(), Optional.empty());
    }

    @Override
    protected List<PrintedCard> catalogue() {
        // A Magic card first (MTGJSON's Shivan Dragon of Magic 2010): its text-only face beside Pokémon's.
        return List.of(new PrintedCard(new CardId(10), "156", "m10", "M10", 249, "Shivan Dragon", "en", 0, List.of("Red"), "rare",
                        "Creature", List.of(), "mtg"),
                card(11, "4", "Charizard", 6, "Fire", 120), card(12, "2", "Blastoise", 9, "Water", 100),
                card(13, "15", "Venusaur", 3, "Grass", 100), card(14, "58", "Pikachu", 25, "Lightning", 40));
    }

    private static PrintedCard card(long id, String localId, String name, int dex, String type, int hp) {
        return new PrintedCard(new CardId(id), localId, "base1", "BS", 102, name, "en", hp, List.of(type), "Rare", "Pokemon",
                List.of(dex));
    }

    @Override
    protected CardPhoto photoOf(PrintedCard card) {
        BufferedImage face = RENDERER.render(OpenCvCardRecognitionAdapter.toCatalogueCard(card), 630, 880);
        BufferedImage photo = table();
        Graphics2D graphics = photo.createGraphics();
        graphics.drawImage(face, (photo.getWidth() - face.getWidth()) / 2, (photo.getHeight() - face.getHeight()) / 2, null);
        graphics.dispose();
        return new CardPhoto(jpeg(photo));
    }

    @Override
    protected CardPhoto unrelatedPhoto() {
        return new CardPhoto(jpeg(table()));
    }

    /** A dark wooden-ish table lit from one side: smooth, with no edge a card outline could come from. */
    private static BufferedImage table() {
        BufferedImage image = new BufferedImage(900, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0x3b, 0x2a, 0x1e), 900, 1200, new Color(0x1c, 0x14, 0x0e)));
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
