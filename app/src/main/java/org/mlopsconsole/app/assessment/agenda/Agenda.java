package org.mlopsconsole.app.assessment.agenda;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The workshop's plan: the dimensions in the order they are discussed, each with its time budget. */
public record Agenda(List<Item> items) {

    /** One dimension and the time set aside for it. */
    public record Item(String dimension, Duration budget) {
        public Item {
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("The time for '" + dimension + "' must be more than zero");
            }
        }
    }

    public Agenda {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An agenda needs at least one dimension");
        }
    }

    /**
     * The total time shared by the dimensions in proportion to their questions, in whole minutes
     * (at least one each), so a dimension of eight questions gets twice one of four.
     */
    public static Agenda proportional(List<String> dimensions, List<Integer> questionCounts, Duration total) {
        if (dimensions.size() != questionCounts.size()) {
            throw new IllegalArgumentException("One question count per dimension is needed");
        }
        int questions = questionCounts.stream().mapToInt(Integer::intValue).sum();
        long minutes = total.toMinutes();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            long share = questions == 0 ? minutes / dimensions.size() : minutes * questionCounts.get(i) / questions;
            items.add(new Item(dimensions.get(i), Duration.ofMinutes(Math.max(1, share))));
        }
        return new Agenda(items);
    }

    public Duration total() {
        return items.stream().map(Item::budget).reduce(Duration.ZERO, Duration::plus);
    }

    /** The same agenda with one dimension's budget changed. */
    public Agenda withBudget(int index, Duration budget) {
        List<Item> changed = new ArrayList<>(items);
        changed.set(index, new Item(items.get(index).dimension(), budget));
        return new Agenda(changed);
    }

    /** Where a dimension is on the agenda, or -1. */
    public int indexOf(String dimension) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).dimension().equals(dimension)) {
                return i;
            }
        }
        return -1;
    }
}
