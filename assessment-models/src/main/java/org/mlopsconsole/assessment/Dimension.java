package org.mlopsconsole.assessment;

import java.util.List;

/** A capability, stage or principle a model assesses, with its questions in definition order. */
public record Dimension(String id, String name, String description, double weight, List<Question> questions) {

    public Dimension {
        questions = List.copyOf(questions);
    }

    /** The highest level at which this dimension has a question. */
    public int topQuestionLevel() {
        return questions.stream().mapToInt(Question::level).max().orElseThrow();
    }
}
