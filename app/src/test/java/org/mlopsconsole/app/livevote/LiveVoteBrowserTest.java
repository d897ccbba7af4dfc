package org.mlopsconsole.app.livevote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.WorkshopViewModel;
import org.mlopsconsole.app.assessment.WorkshopViewModel.ParticipantRating;
import org.mlopsconsole.app.livevote.desktop.LiveVoteViewModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The acceptance test of the live vote: three participants join from a real headless chromium
 * (Debian's chromium and chromium-driver, driven by Selenium), vote on two questions, one with a
 * disagreement; the facilitator's workshop shows each vote as it comes (hidden mode first: the
 * distribution only, then revealed), every vote is saved in the workspace's H2 file, and a
 * foreign page's request and a request without the token are refused.
 */
@Timeout(120)
class LiveVoteBrowserTest {

    private static final Duration WAIT = FacilitatorUi.WAIT;
    /** A browser's start and join, on a busy machine. */
    private static final Duration BROWSER_START = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private LiveVoteWorkspace workspace;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    /** Starts the participants' browsers side by side. */
    private final ExecutorService devices = Executors.newFixedThreadPool(3);

    private final FacilitatorUi ui = new FacilitatorUi();

    private WorkshopViewModel workshop;
    private LiveVoteViewModel liveVote;
    private final List<WebDriver> browsers = java.util.Collections.synchronizedList(new ArrayList<>());
    private HttpServer foreignSite;

    @BeforeEach
    void openTheWorkshop() throws Exception {
        assumeTrue(
                onPath("chromedriver").isPresent() && browserBinary().isPresent(),
                "the live vote's browser test needs chromium and chromedriver on the PATH"
                        + " (Debian: apt-get install chromium chromium-driver); skipped");
        workspace = new LiveVoteWorkspace(dir.resolve("ws"));
        workshop = ui.call(() -> new WorkshopViewModel(
                workspace.assessment.id(), workspace.model, workspace.assessments, background, ui.executor()));
        ui.call(workshop::load).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        liveVote = ui.call(() -> new LiveVoteViewModel(
                workspace.assessment.id(), workspace.assessments, workshop, List.of(), background, ui.executor()));
        ui.run(() -> liveVote.hiddenProperty().set(true));
        ui.call(liveVote::open).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @AfterEach
    void closeEverything() throws Exception {
        new ArrayList<>(browsers).forEach(WebDriver::quit);
        if (foreignSite != null) {
            foreignSite.stop(0);
        }
        if (liveVote != null) {
            ui.call(liveVote::close).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        ui.close();
        devices.shutdownNow();
        background.shutdownNow();
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void threeParticipantsVoteFromTheirBrowsersAndTheWorkshopSeesAndSavesEachVote() throws Exception {
        String joinUrl = ui.call(() -> liveVote.joinUrlProperty().get());
        String code = ui.call(() -> liveVote.joinCodeProperty().get());
        assertThat(joinUrl).matches("http://127\\.0\\.0\\.1:\\d+/v/[A-Za-z0-9_-]{43}/");
        assertThat(ui.call(() -> liveVote.qrCodeProperty().get())).isPresent();

        // three devices join at once, as in the room
        List<java.util.concurrent.Future<WebDriver>> joining = Stream.of("Bruno", "Chen", "Dara")
                .map(name -> devices.submit(() -> join(joinUrl, code, name)))
                .toList();
        WebDriver bruno = joining.get(0).get(BROWSER_START.toSeconds(), TimeUnit.SECONDS);
        WebDriver chen = joining.get(1).get(BROWSER_START.toSeconds(), TimeUnit.SECONDS);
        WebDriver dara = joining.get(2).get(BROWSER_START.toSeconds(), TimeUnit.SECONDS);
        ui.eventually("the workshop lists who joined", () -> liveVote.joined().size() == 3);

        // Question 1: the room agrees.
        Question first = workspace.question(0);
        for (WebDriver browser : List.of(bruno, chen, dara)) {
            awaitQuestion(browser, first);
        }
        vote(bruno, "LI", "Retraining is started by hand");
        vote(chen, "LI", "");
        vote(dara, "LI", "");
        ui.eventually(
                "the workshop shows the three LI votes, hidden",
                () -> ratingsOfCurrentQuestion()
                                .equals(List.of(Optional.of(Rating.LI), Optional.of(Rating.LI), Optional.of(Rating.LI)))
                        && workshop.ratingsHiddenProperty().get()
                        && workshop.distributionProperty().get().equals("LI 3"));
        ui.run(() -> liveVote.reveal());
        assertThat(ui.call(() -> workshop.ratingsHiddenProperty().get())).isFalse();
        assertThat(ui.call(() -> workshop.disagreementProperty().get())).isFalse();

        // Question 2: the facilitator moves on; the browsers follow; the room disagrees.
        ui.run(() -> workshop.next());
        Question second = workspace.question(1);
        for (WebDriver browser : List.of(bruno, chen, dara)) {
            awaitQuestion(browser, second);
        }
        assertThat(ui.call(() -> workshop.ratingsHiddenProperty().get()))
                .as("each question starts hidden")
                .isTrue();
        vote(bruno, "NI", "");
        vote(chen, "FI", "We have a pipeline");
        vote(dara, "PI", "");
        ui.eventually(
                "the workshop shows the disagreement",
                () -> workshop.disagreementProperty().get()
                        && workshop.distributionProperty().get().equals("NI 1 · PI 1 · FI 1"));

        screenshot(chen, "phone-vote.png");

        // A foreign page in Bruno's browser tries to vote for him; a request without the token.
        tryToVoteFromAForeignPage(bruno, joinUrl, second);
        bruno.get(joinUrl.replaceAll("/v/[^/]+/$", "/v/"));
        assertThat(bruno.findElement(By.tagName("body")).getText()).contains("Nothing here");
        assertThat(workspace.saved("Bruno", second)).contains(Rating.NI);

        // Everything is in the workspace's file, as the three participants' ratings and notes.
        ui.call(liveVote::close).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        workspace.close();
        try (Workspace reopened = Workspaces.open(new WorkspaceLocation.Folder(workspace.directory))) {
            Responses saved = reopened.assessments().responses(workspace.assessment.id());
            assertThat(ratingsOf(saved, "Bruno"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(first.id(), Rating.LI, second.id(), Rating.NI));
            assertThat(ratingsOf(saved, "Chen"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(first.id(), Rating.LI, second.id(), Rating.FI));
            assertThat(ratingsOf(saved, "Dara"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(first.id(), Rating.LI, second.id(), Rating.PI));
            assertThat(respondent(saved, "Bruno").notes()).containsEntry(first.id(), "Retraining is started by hand");
            assertThat(respondent(saved, "Chen").notes()).containsEntry(second.id(), "We have a pipeline");
        }
        workspace = null;
    }

    // --- the participants' browsers -------------------------------------------------------------

    private WebDriver join(String joinUrl, String code, String name) {
        WebDriver browser = startBrowser();
        browser.get(joinUrl);
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        WebElement codeField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
        codeField.sendKeys(code.toLowerCase());
        browser.findElement(By.id("join")).click();
        clickWhenStable(browser, By.xpath("//ul[@id='names']//button[text()='" + name + "']"));
        wait.until(ExpectedConditions.textToBe(By.id("who"), "Voting as " + name));
        return browser;
    }

    /**
     * Clicks what {@code target} finds, finding it again when the page redraws it in between (the
     * names list is redrawn as others join).
     */
    private static void clickWhenStable(WebDriver browser, By target) {
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    WebElement element = driver.findElement(target);
                    if (!element.isDisplayed()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    private static void awaitQuestion(WebDriver browser, Question question) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.id("question-text"), question.text()));
    }

    private static void vote(WebDriver browser, String rating, String note) {
        if (!note.isEmpty()) {
            WebElement field = browser.findElement(By.id("note"));
            field.clear();
            field.sendKeys(note);
        }
        clickWhenStable(browser, By.cssSelector("button.rating[data-code='" + rating + "']"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Saved: " + rating));
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("button.rating[data-code='" + rating + "']"), "aria-pressed", "true"));
    }

    /**
     * Another site (another port on this computer: the same site for cookies) posts a vote to the
     * live vote from Bruno's browser; the server refuses it, and nothing is saved.
     */
    private void tryToVoteFromAForeignPage(WebDriver browser, String joinUrl, Question question) throws Exception {
        String page = "<!DOCTYPE html><html><head><title>waiting</title></head><body><script>"
                + "fetch('" + joinUrl + "api/vote', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                + " headers: {'Content-Type': 'text/plain'},"
                + " body: JSON.stringify({questionId: '" + question.id() + "', seenRating: 'NI', rating: 'FI'})})"
                + ".then(() => document.title = 'sent', () => document.title = 'sent');"
                + "</script></body></html>";
        foreignSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        foreignSite.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        foreignSite.start();
        browser.get("http://127.0.0.1:" + foreignSite.getAddress().getPort() + "/");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleIs("sent"));
        assertThat(workspace.saved("Bruno", question)).contains(Rating.NI);
    }

    /** What a participant saw, for a look at the page (target/live-vote/). */
    private static void screenshot(WebDriver browser, String name) throws java.io.IOException {
        Path folder = Path.of("target", "live-vote");
        Files.createDirectories(folder);
        byte[] png =
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(folder.resolve(name), png);
    }

    private WebDriver startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browserBinary().orElseThrow().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=412,915",
                "--no-first-run",
                "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath("chromedriver").orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browsers.add(browser);
        return browser;
    }

    private static Optional<Path> browserBinary() {
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .map(LiveVoteBrowserTest::onPath)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    // --- the facilitator's side -----------------------------------------------------------------

    private List<Optional<Rating>> ratingsOfCurrentQuestion() {
        return workshop.participantRatings().stream()
                .map(ParticipantRating::rating)
                .toList();
    }

    private Map<String, Rating> ratingsOf(Responses responses, String name) {
        return respondent(responses, name).ratings();
    }

    private Respondent respondent(Responses responses, String name) {
        String key = workspace.participant(name).respondentKey();
        return responses.respondents().stream()
                .filter(r -> r.id().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
