package io.cardvault.recognition.engine;

import io.cardvault.recognition.synth.PhotoEdits;
import io.cardvault.recognition.synth.SyntheticPhoto;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos of a card that runs past the photo's edge, made by cropping a synthesised photo: the crop
 * line is put where the wanted share of the card's area falls outside it (a corner's triangle on a
 * tilted card, a strip along one side on an upright one).
 */
final class ClippedPhotos {

    /** The cropped photo and the card's corners in its pixels, in face order (some outside it). */
    record Clipped(byte[] jpeg, double[] faceCorners, int width, int height) {
    }

    private ClippedPhotos() {
    }

    /** {@code photo} cropped at {@code side} ("left", "top", "right", "bottom") with {@code share} of the card outside. */
    static Clipped clip(SyntheticPhoto photo, String side, double share) {
        BufferedImage image = PhotoEdits.read(photo.jpeg());
        double[] corners = photo.faceCorners();
        // Measure along the axis pointing out of the photo at that side: outside is "below" the cut.
        double sign = side.equals("left") || side.equals("top") ? 1 : -1;
        int axis = side.equals("left") || side.equals("right") ? 0 : 1;
        double total = area(corners);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            lo = Math.min(lo, sign * corners[2 * i + axis]);
            hi = Math.max(hi, sign * corners[2 * i + axis]);
        }
        for (int step = 0; step < 50; step++) {
            double mid = (lo + hi) / 2;
            if (area(outside(corners, axis, sign, mid)) < share * total) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        int cut = (int) Math.round(sign * lo);
        int x = axis == 0 && sign > 0 ? cut : 0;
        int y = axis == 1 && sign > 0 ? cut : 0;
        int width = axis == 0 ? (sign > 0 ? image.getWidth() - cut : cut) : image.getWidth();
        int height = axis == 1 ? (sign > 0 ? image.getHeight() - cut : cut) : image.getHeight();
        BufferedImage cropped = image.getSubimage(x, y, width, height);
        double[] shifted = corners.clone();
        for (int i = 0; i < 4; i++) {
            shifted[2 * i] -= x;
            shifted[2 * i + 1] -= y;
        }
        return new Clipped(PhotoEdits.jpeg(cropped, 0.85f), shifted, width, height);
    }

    /** The part of the polygon where {@code sign * coordinate < cut} (Sutherland–Hodgman against one line). */
    private static double[] outside(double[] polygon, int axis, double sign, double cut) {
        List<double[]> kept = new ArrayList<>();
        int n = polygon.length / 2;
        for (int i = 0; i < n; i++) {
            double[] a = {polygon[2 * i], polygon[2 * i + 1]};
            double[] b = {polygon[2 * ((i + 1) % n)], polygon[2 * ((i + 1) % n) + 1]};
            double va = sign * a[axis] - cut;
            double vb = sign * b[axis] - cut;
            if (va < 0) {
                kept.add(a);
            }
            if ((va < 0) != (vb < 0)) {
                double t = va / (va - vb);
                kept.add(new double[]{a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
            }
        }
        double[] xy = new double[2 * kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            xy[2 * i] = kept.get(i)[0];
            xy[2 * i + 1] = kept.get(i)[1];
        }
        return xy;
    }

    private static double area(double[] polygon) {
        double sum = 0;
        int n = polygon.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += polygon[2 * i] * polygon[2 * j + 1] - polygon[2 * j] * polygon[2 * i + 1];
        }
        return Math.abs(sum) / 2;
    }
}
