package org.corridor.analyze.graph;

import java.util.Arrays;

/**
 * A binary min-heap of (key, node) pairs with lazy deletion: a node may be pushed again with a
 * smaller key and stale entries are skipped by the caller. Primitive arrays, no boxing; one per
 * worker thread, cleared between sources.
 */
public final class DoubleHeap {
    private double[] keys = new double[64];
    private int[] nodes = new int[64];
    private int size;

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
    }

    public void push(double key, int node) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            nodes[i] = nodes[parent];
            i = parent;
        }
        keys[i] = key;
        nodes[i] = node;
    }

    public double peekKey() {
        return keys[0];
    }

    /** Removes the smallest entry and returns its node. */
    public int pop() {
        int top = nodes[0];
        size--;
        if (size > 0) {
            double key = keys[size];
            int node = nodes[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                nodes[i] = nodes[child];
                i = child;
            }
            keys[i] = key;
            nodes[i] = node;
        }
        return top;
    }
}
