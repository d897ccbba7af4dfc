package org.mlopsconsole.assessment.analysis;

import java.util.Optional;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.RatingScale;

/**
 * A question with its aggregated verdict, as reasons, roadmaps and disagreement lists name it;
 * {@code scale} is the model's, so ratings read as the model labels them.
 */
public record QuestionFinding(Dimension dimension, Question question, QuestionScore score, RatingScale scale) {

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

    /** The rating as readers see it ({@link RatingScale#shown}): "PI", "Yes"; {@code unanswered} when nobody rated it. */
    public String ratingText() {
        return score.rating().map(scale::shown).orElse(QuestionScore.UNANSWERED);
    }

    /** "rated PI" (or the model's label: "rated No"), or "not answered" when nobody rated it. */
    public String ratingWords() {
        return score.rating().map(rating -> "rated " + scale.shown(rating)).orElse("not answered");
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
