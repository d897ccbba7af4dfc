package org.mlopsconsole.assessment.analysis;

import java.util.Optional;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;

/** A question with its aggregated verdict, as reasons, roadmaps and disagreement lists name it. */
public record QuestionFinding(Dimension dimension, Question question, QuestionScore score) {

    public String id() {
        return question.id();
    }

    public String text() {
        return question.text();
    }

    public Optional<Rating> rating() {
        return score.rating();
    }

    /** FI, LI, PI, NI, NA or {@code unanswered}. */
    public String ratingCode() {
        return score.ratingCode();
    }

    /** "rated PI", or "not answered" when nobody rated it. */
    public String ratingWords() {
        return score.rating().map(rating -> "rated " + rating.name()).orElse("not answered");
    }

    public boolean disagreement() {
        return score.disagreement();
    }

    /**
     * The question's text, then its id and rating: "Retraining is automated (goo-pipeline-l1-1,
     * rated PI)"; a full stop ending the text is dropped so the sentence does not break there.
     */
    public String described() {
        return sentence() + " (" + question.id() + ", " + ratingWords() + ")";
    }

    /** The question's text, then its id: "Retraining is automated (goo-pipeline-l1-1)". */
    public String named() {
        return sentence() + " (" + question.id() + ")";
    }

    private String sentence() {
        String text = question.text().strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
