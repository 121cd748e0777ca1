package io.cardvault.recognition.engine;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.line;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

class StraightEdgeOutlinesTest {

    private static final Scalar EDGE = new Scalar(255);
    private static final Scalar NONE = new Scalar(0);

    @Test
    void givenTheEdgesOfACardWithAThumbOverACorner_outlines_putsTheCardsFourSidesFirst() {
        Mat edges = new Mat(480, 640, CV_8UC1, NONE);
        Quad card = tiltedCard(320, 240, 250, 349, 12);
        drawQuad(edges, card);
        // The thumb: its round tip over the top-left corner hides the corner and the ends of two
        // sides; its two straight flanks run out of the photo.
        circle(edges, point(card.x(0), card.y(0)), 45, NONE, -1, 8, 0);
        circle(edges, point(card.x(0), card.y(0)), 45, EDGE, 3, 8, 0);
        line(edges, point(card.x(0) - 45, card.y(0)), point(0, card.y(0) - 120), EDGE, 3, 8, 0);
        line(edges, point(card.x(0), card.y(0) - 45), point(card.x(0) - 60, 0), EDGE, 3, 8, 0);
        // Clutter: a line across the photo and a box of another shape.
        line(edges, new Point(0, 420), new Point(639, 380), EDGE, 3, 8, 0);
        rectangle(edges, new Point(500, 30), new Point(630, 90), EDGE, 3, 8, 0);

        List<Quad> outlines = StraightEdgeOutlines.outlines(edges, 3, 12);

        assertThat(outlines).isNotEmpty();
        assertThat(outlines.get(0).maxCornerDistance(card)).isLessThan(3);
    }

    @Test
    void givenOnlyLinesThatBoundNoCardShape_outlines_findsNothing() {
        Mat edges = new Mat(480, 640, CV_8UC1, NONE);
        // A long thin box (aspect 1:4) and a lone diagonal.
        rectangle(edges, new Point(100, 100), new Point(500, 200), EDGE, 3, 8, 0);
        line(edges, new Point(0, 479), new Point(400, 0), EDGE, 3, 8, 0);

        assertThat(StraightEdgeOutlines.outlines(edges, 3, 12)).isEmpty();
    }

    private static Quad tiltedCard(double cx, double cy, double width, double height, double degrees) {
        double angle = Math.toRadians(degrees);
        double[][] local = {{-width / 2, -height / 2}, {width / 2, -height / 2}, {width / 2, height / 2}, {-width / 2, height / 2}};
        double[] xy = new double[8];
        for (int i = 0; i < 4; i++) {
            xy[2 * i] = cx + local[i][0] * Math.cos(angle) - local[i][1] * Math.sin(angle);
            xy[2 * i + 1] = cy + local[i][0] * Math.sin(angle) + local[i][1] * Math.cos(angle);
        }
        return new Quad(xy, 0);
    }

    private static void drawQuad(Mat edges, Quad q) {
        for (int i = 0; i < 4; i++) {
            line(edges, point(q.x(i), q.y(i)), point(q.x((i + 1) % 4), q.y((i + 1) % 4)), EDGE, 3, 8, 0);
        }
    }

    private static Point point(double x, double y) {
        return new Point((int) Math.round(x), (int) Math.round(y));
    }
}
