package io.cardvault.recognition.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WorstFirstTest {

    @Test
    void givenKeysWithManyTies_offeredToWorstFirstAndToTheBoxedQueue_bothKeepAndReturnTheSameReferencesInTheSameOrder() {
        Random random = new Random(27);
        for (int round = 0; round < 200; round++) {
            int capacity = 1 + random.nextInt(40);
            int offered = random.nextInt(400);
            // Few distinct keys: hash distances are small integers, so equal keys are the rule.
            int distinct = 1 + random.nextInt(12);
            ReferenceIndex.WorstFirst primitive = new ReferenceIndex.WorstFirst(capacity);
            PriorityQueue<double[]> boxed = new PriorityQueue<>((a, b) -> Double.compare(b[1], a[1]));
            for (int i = 0; i < offered; i++) {
                double key = random.nextInt(distinct) * 0.5 - 2;
                float extra = random.nextFloat();
                primitive.offer(i, key, extra);
                if (boxed.size() < capacity) {
                    boxed.add(new double[]{i, key, extra});
                } else if (key < boxed.peek()[1]) {
                    boxed.poll();
                    boxed.add(new double[]{i, key, extra});
                }
            }

            assertThat(primitive.indices()).containsExactly(boxed.stream().mapToInt(e -> (int) e[0]).toArray());
            List<double[]> fromPrimitive = new ArrayList<>();
            while (primitive.size() > 0) {
                fromPrimitive.add(new double[]{primitive.worstIndex(), primitive.worstKey(), primitive.worstExtra()});
                primitive.poll();
            }
            List<double[]> fromBoxed = new ArrayList<>();
            while (!boxed.isEmpty()) {
                fromBoxed.add(boxed.poll());
            }
            assertThat(fromPrimitive).hasSameSizeAs(fromBoxed);
            for (int i = 0; i < fromBoxed.size(); i++) {
                assertThat(fromPrimitive.get(i)).containsExactly(fromBoxed.get(i));
            }
        }
    }

    @Test
    void givenNoRoom_offer_keepsNothing() {
        ReferenceIndex.WorstFirst none = new ReferenceIndex.WorstFirst(0);

        none.offer(3, 1.0, 0f);

        assertThat(none.size()).isZero();
        assertThat(none.indices()).isEmpty();
    }
}
