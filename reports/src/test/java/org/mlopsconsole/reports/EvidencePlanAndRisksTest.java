package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ResponsesLoader;
import org.mlopsconsole.assessment.analysis.QuestionRisk;
import org.mlopsconsole.assessment.analysis.Risk;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.assessment.evidence.QuestionEvidence;
import org.mlopsconsole.assessment.plan.Effort;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.assessment.plan.Owner;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.plan.PlanStatus;

/** The acceptance of evidence, risks and the plan: what the workshop typed reaches every file. */
class EvidencePlanAndRisksTest {

    static final String PARTICIPANT_NOTE = "Zebracorn pipeline runs nightly";
    static final String SHARED_NOTE = "Quokka runbook reviewed together";
    static final String LINK_TITLE = "Wombat CI job";
    static final String LINK_URL = "https://ci.example.com/job/wombat-42";
    static final String ATTACHMENT = "platypus-run-log.pdf";
    static final String PLAN_ITEM = "Narwhal: version the training data";
    static final String OWNER = "Data platform lead";
    static final String OVERRIDE_REASON = "Axolotl audit found it done elsewhere";

    @TempDir
    Path folder;

    /** The practices input with a note, evidence, a plan and an override on its first questions. */
    static ReportInput withEverything() {
        ReportInput base = TestAssessments.practicesInput();
        MaturityModel model = base.model();
        String first = model.questions().findFirst().orElseThrow().id();
        List<Respondent> respondents = new ArrayList<>(base.responses().respondents());
        Respondent ana = respondents.get(0);
        Map<String, String> notes = new HashMap<>(ana.notes());
        notes.put(first, PARTICIPANT_NOTE);
        respondents.set(0, new Respondent(ana.id(), ana.name(), "Data engineer", ana.ratings(), notes));
        Responses responses = new Responses(
                model.id(),
                respondents,
                base.responses().consensus(),
                base.responses().targets());
        EvidenceBook evidence = EvidenceBook.empty()
                .with(QuestionEvidence.empty(first)
                        .withSharedNote(SHARED_NOTE)
                        .withLink(EvidenceLink.of(LINK_TITLE, LINK_URL))
                        .withAttachment(new AttachmentInfo(ATTACHMENT, "application/pdf", 20_480, "a".repeat(64))));
        ImprovementPlan plan = new ImprovementPlan(List.of(
                PlanItem.open("q:" + first, PLAN_ITEM, List.of(first), Effort.S, Phase.MONTHS_0_3)
                        .withOwner(new Owner.Role(OWNER))
                        .withQuickWin(true)
                        .withDue(Optional.of(LocalDate.of(2027, 1, 31))),
                PlanItem.open("later", "Monitor drift in production", List.of(), Effort.L, Phase.MONTHS_6_12)
                        .withOwner(new Owner.Person("Bruno"))
                        .withStatus(PlanStatus.IN_PROGRESS)));
        ReportInput scored = ReportInput.of(model, responses, base.engagement());
        QuestionRisk atRisk = scored.risks().top(1).get(0);
        return scored.withEvidence(evidence)
                .withPlan(plan)
                .withRiskOverrides(Map.of(atRisk.id(), new RiskOverride(atRisk.id(), Risk.NONE, OVERRIDE_REASON)));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theEvidenceTypedInTheWorkshopThePlanAndTheRisksAppearInEveryFormat(ReportFormat format) throws IOException {
        Path file = folder.resolve("report." + format.code());
        Reports.write(withEverything(), format, file);
        String text = text(file, format);
        assertThat(text)
                .contains(PARTICIPANT_NOTE, "Data engineer", SHARED_NOTE, LINK_TITLE, LINK_URL, ATTACHMENT)
                .contains(PLAN_ITEM, OWNER, "6\u201312 months")
                .contains(OVERRIDE_REASON)
                .containsIgnoringCase("high");
    }

    @Test
    void theResponsesJsonCarriesTheNotesTheSharedNoteAndTheLinksAndReadsBack() throws IOException {
        ReportInput input = withEverything();
        String json = ResponsesJson.toJson(input.responses(), input.model(), input.evidence());
        assertThat(json).contains(PARTICIPANT_NOTE, SHARED_NOTE, LINK_URL).doesNotContain(ATTACHMENT);
        Responses read = ResponsesLoader.parse("r.json", json, input.model());
        assertThat(read.respondents().get(0).notes()).containsValue(PARTICIPANT_NOTE);
        EvidenceBook evidence = ResponsesLoader.parseEvidence("r.json", json, input.model());
        String first = input.model().questions().findFirst().orElseThrow().id();
        assertThat(evidence.of(first).sharedNote()).isEqualTo(SHARED_NOTE);
        assertThat(evidence.of(first).links()).containsExactly(EvidenceLink.of(LINK_TITLE, LINK_URL));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void withoutPlanOrEvidenceEveryFormatSaysSoAndFallsBackToTheRoadmap(ReportFormat format) throws IOException {
        Path file = folder.resolve("plain." + format.code());
        Reports.write(TestAssessments.practicesInput(), format, file);
        String text = text(file, format);
        assertThat(text).contains("No improvement plan yet").contains("Risks");
        if (format != ReportFormat.XLSX) {
            assertThat(text).contains("Roadmap");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"DOCX", "PDF", "PPTX"})
    void aReportWithoutAnyNoteSaysNoEvidenceWasRecorded(ReportFormat format) throws IOException {
        ReportInput base = TestAssessments.practicesInput();
        List<Respondent> silent = base.responses().respondents().stream()
                .map(r -> new Respondent(r.id(), r.name(), r.role(), r.ratings(), Map.of()))
                .toList();
        ReportInput input = ReportInput.of(
                base.model(),
                new Responses(
                        base.model().id(), silent, Map.of(), base.responses().targets()),
                base.engagement());
        Path file = folder.resolve("silent." + format.code());
        Reports.write(input, format, file);
        assertThat(text(file, format)).contains("No evidence was recorded.");
    }

    @Test
    void theExcelEvidenceCellsLinkAndNeverStartAFormula() throws IOException {
        ReportInput input = withEverything();
        String first = input.model().questions().findFirst().orElseThrow().id();
        Responses responses = input.responses();
        Respondent ana = responses.respondents().get(0);
        Map<String, String> notes = new HashMap<>(ana.notes());
        notes.put(first, "=HYPERLINK(\"http://evil\")");
        List<Respondent> respondents = new ArrayList<>(responses.respondents());
        respondents.set(0, new Respondent(ana.id(), ana.name(), ana.role(), ana.ratings(), notes));
        ReportInput hostile = new ReportInput(
                input.model(),
                new Responses(responses.model(), respondents, responses.consensus(), responses.targets()),
                input.engagement(),
                input.score(),
                input.options(),
                input.evidence(),
                input.plan(),
                input.riskOverrides());
        Path file = folder.resolve("hostile.xlsx");
        Reports.write(hostile, ReportFormat.XLSX, file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheet("Evidence");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            boolean linked = false;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    if (cell.getStringCellValue().startsWith("=")) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                    }
                    linked |= cell.getHyperlink() != null
                            && LINK_URL.equals(cell.getHyperlink().getAddress());
                }
            }
            assertThat(linked).as("the link cell is clickable").isTrue();
            assertThat(workbook.getSheet("Plan").getSheetConditionalFormatting().getNumConditionalFormattings())
                    .as("the timeline grid is shaded natively")
                    .isGreaterThan(0);
        }
    }

    @Test
    void theDeckPutsEvidenceInTheSpeakerNotesAndTheTopRisksComeFromTheRegister() throws IOException {
        Path file = folder.resolve("deck.pptx");
        ReportInput input = withEverything();
        Reports.write(input, ReportFormat.PPTX, file);
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(file))) {
            StringBuilder notes = new StringBuilder();
            for (XSLFSlide slide : deck.getSlides()) {
                XSLFNotes slideNotes = slide.getNotes();
                if (slideNotes != null) {
                    slideNotes.getShapes().stream()
                            .filter(shape -> shape instanceof XSLFTextShape)
                            .forEach(shape -> notes.append(((XSLFTextShape) shape).getText())
                                    .append('\n'));
                }
            }
            assertThat(notes).contains(PARTICIPANT_NOTE, SHARED_NOTE, LINK_URL);
            XSLFSlide risks = deck.getSlides().stream()
                    .filter(slide -> DocumentAndDeckTest.title(slide).startsWith("Top risks"))
                    .findFirst()
                    .orElseThrow();
            String shown = slideText(risks);
            input.risks()
                    .top(3)
                    .forEach(risk -> assertThat(shown).contains(risk.question().text()));
            assertThat(deck.getSlides().stream().map(DocumentAndDeckTest::title))
                    .contains("Improvement plan by phase");
        }
    }

    static String text(Path file, ReportFormat format) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return switch (format) {
                case XLSX -> workbookText(in);
                case DOCX -> {
                    try (XWPFDocument document = new XWPFDocument(in);
                            XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                        yield extractor.getText() + hyperlinks(document);
                    }
                }
                case PPTX -> deckText(in);
                case PDF -> {
                    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                        yield new PDFTextStripper()
                                .getText(pdf)
                                .replace("\n", " ")
                                .replace("\r", "");
                    }
                }
            };
        }
    }

    private static String hyperlinks(XWPFDocument document) {
        StringBuilder out = new StringBuilder();
        java.util.Arrays.stream(document.getHyperlinks())
                .forEach(link -> out.append('\n').append(link.getURL()));
        return out.toString();
    }

    private static String workbookText(InputStream in) throws IOException {
        DataFormatter formatter = new DataFormatter();
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                out.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.append(formatter.formatCellValue(cell)).append('\t');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String deckText(InputStream in) throws IOException {
        StringBuilder out = new StringBuilder();
        try (XMLSlideShow deck = new XMLSlideShow(in)) {
            for (XSLFSlide slide : deck.getSlides()) {
                out.append(slideText(slide));
                if (slide.getNotes() != null) {
                    slide.getNotes().getShapes().stream()
                            .filter(shape -> shape instanceof XSLFTextShape)
                            .forEach(shape -> out.append(((XSLFTextShape) shape).getText())
                                    .append('\n'));
                }
            }
        }
        return out.toString();
    }

    private static String slideText(XSLFSlide slide) {
        StringBuilder out = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text) {
                out.append(text.getText()).append('\n');
            } else if (shape instanceof XSLFTable table) {
                table.getRows()
                        .forEach(row -> row.getCells()
                                .forEach(cell -> out.append(cell.getText()).append('\t')));
                out.append('\n');
            }
        }
        return out.toString();
    }
}
