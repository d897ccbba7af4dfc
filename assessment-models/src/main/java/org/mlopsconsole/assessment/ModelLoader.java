package org.mlopsconsole.assessment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mlopsconsole.assessment.internal.LocatedDocument;
import org.mlopsconsole.assessment.internal.ModelMapper;
import org.mlopsconsole.assessment.internal.SchemaCheck;
import org.mlopsconsole.assessment.internal.SemanticCheck;
import org.mlopsconsole.assessment.internal.TextFiles;

/**
 * Reads maturity model files (JSON, or YAML for .yaml/.yml names), validating them against the
 * shipped JSON Schema and the format's cross-field rules; practice ids must be in the practice
 * catalog.
 */
public final class ModelLoader {

    /** The JSON Schema of the model format, as a class path resource of this module. */
    public static final String SCHEMA_RESOURCE = SchemaCheck.SCHEMA_RESOURCE;

    private final Set<String> knownPractices;

    public ModelLoader(Set<String> knownPractices) {
        this.knownPractices = Set.copyOf(knownPractices);
    }

    /** A loader that accepts the practices of the bundled practice catalog. */
    public static ModelLoader withBundledPractices() {
        return new ModelLoader(PracticeCatalog.bundled().ids());
    }

    /** Every error in the file, in file order; empty when the model is valid. */
    public List<ValidationError> validate(Path file) {
        try {
            return validate(file.toString(), TextFiles.read(file));
        } catch (TextFiles.UnreadableFileException e) {
            return List.of(e.error());
        }
    }

    /** Every error in {@code content}, named after {@code fileName}, in file order. */
    public List<ValidationError> validate(String fileName, String content) {
        LocatedDocument document = LocatedDocument.parse(fileName, content);
        return check(document);
    }

    /**
     * What the file may leave out but readers will miss (levels and dimensions without a
     * description); empty for a file that does not parse, whose errors {@link #validate} gives.
     */
    public List<ValidationError> warnings(Path file) {
        try {
            LocatedDocument document = LocatedDocument.parse(file.toString(), TextFiles.read(file));
            return document.syntaxErrors().isEmpty() ? SemanticCheck.warnings(document) : List.of();
        } catch (TextFiles.UnreadableFileException e) {
            return List.of();
        }
    }

    /** The model in {@code file}; throws {@link ModelValidationException} listing every error. */
    public MaturityModel load(Path file) {
        try {
            return parse(file.toString(), TextFiles.read(file));
        } catch (TextFiles.UnreadableFileException e) {
            throw new ModelValidationException(file.toString(), List.of(e.error()));
        }
    }

    /** The model in {@code content}; throws {@link ModelValidationException} listing every error. */
    public MaturityModel parse(String fileName, String content) {
        LocatedDocument document = LocatedDocument.parse(fileName, content);
        List<ValidationError> errors = check(document);
        if (!errors.isEmpty()) {
            throw new ModelValidationException(fileName, errors);
        }
        return ModelMapper.toModel(document.root());
    }

    private List<ValidationError> check(LocatedDocument document) {
        if (!document.syntaxErrors().isEmpty()) {
            return document.syntaxErrors();
        }
        List<ValidationError> errors = new ArrayList<>(SchemaCheck.check(document));
        errors.addAll(SemanticCheck.check(document, knownPractices));
        errors.sort(ModelLoader::inFileOrder);
        return List.copyOf(errors);
    }

    private static int inFileOrder(ValidationError a, ValidationError b) {
        int byLine = Integer.compare(a.line(), b.line());
        return byLine != 0 ? byLine : Integer.compare(a.column(), b.column());
    }
}
