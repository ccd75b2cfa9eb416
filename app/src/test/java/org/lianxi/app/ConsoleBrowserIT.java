package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.ledger.accounts.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The console's main journeys in a real browser: Debian's Chromium, headless, through its own
 * chromedriver ({@code mvn -B -Pbrowser verify}; {@code .ci/run} installs both when missing).
 * Without them the tests fail, never skip. Every page visited is kept as a screenshot in {@code
 * target/browser-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

  static final Path CHROMIUM = Path.of(System.getProperty("lianxi.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("lianxi.chromedriver", "/usr/bin/chromedriver"));
  static final Path SHOTS = Path.of("target", "browser-screenshots").toAbsolutePath();
  static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();

  private ConsoleCounty county;
  private WebDriver browser;

  @BeforeAll
  void aCountyServedAndABrowser() throws Exception {
    for (Path needed : List.of(CHROMIUM, DRIVER)) {
      if (!Files.isExecutable(needed)) {
        fail(
            needed
                + " is missing: the browser tests need Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver)");
      }
    }
    Files.createDirectories(SHOTS);
    FileSystemUtils.deleteRecursively(DOWNLOADS);
    Files.createDirectories(DOWNLOADS);
    county = ConsoleCounty.in("console-browser-test");
    // 县市场监管局 sent three townships a referral each in March, one late; none of them reports
    // receiving it: overdue.
    CommandRun referral =
        county.ingest(
            "D02",
            "2026-03-20T09:00",
            "案件移送_D02.csv",
            "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
                + "古市监移〔2026〕30号,移出,县市场监管局,岳阳镇,某商店,无照经营,2026/3/2,2026-03-09 10:00\n"
                + "古市监移〔2026〕33号,移出,县市场监管局,北平镇,某餐馆,未按规定公示,2026/3/2,2026-03-04 10:00\n"
                + "古市监移〔2026〕34号,移出,县市场监管局,古阳镇,某药店,无证经营,2026/3/2,2026-03-03 16:00\n");
    assertThat(referral.exit()).as(referral.out() + referral.err()).isZero();
    CommandRun reconciled = county.run("reconcile");
    assertThat(reconciled.exit()).isIn(ExitCode.OK, ExitCode.ATTENTION);
    county.open();
    county.add("yueyang", "T01", Role.UNIT);
    county.add("office", "O01", Role.OFFICE);
    county.serve();
  }

  @BeforeEach
  void aFreshBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            DOWNLOADS.toString(),
            "download.prompt_for_download",
            false));
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // the tests run as root in CI
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=zh-CN",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @AfterAll
  void stop() {
    if (county != null) {
      county.close();
    }
  }

  @Test
  void aUnitSignsInChangesItsPasswordUploadsAWorkbookAndReadsItsBadRowOnTheReceipt()
      throws Exception {
    signInAndChoose("yueyang", "岳阳镇联络员自己的密码");
    assertThat(text("h1")).isEqualTo("古县岳阳镇人民政府的待办事项");
    assertThat(browser.findElement(By.id("overdue")).getText()).contains("古市监移〔2026〕30号");
    shot("unit-dashboard");

    browser.findElement(By.linkText("报送")).click();
    Path workbook =
        workbook(
            county.work().resolve("案件移送_岳阳镇_本周.xlsx"),
            List.of(
                "古市监移〔2026〕31号",
                "移入",
                "县市场监管局",
                "岳阳镇",
                "某超市",
                "无照经营",
                "2026-03-03",
                "2026-03-05 10:00"),
            // a referral to another township: not 岳阳镇's to report
            List.of(
                "古市监移〔2026〕32号",
                "移入",
                "县市场监管局",
                "北平镇",
                "某工厂",
                "超范围经营",
                "2026-03-05",
                "2026-03-06 09:15"));
    browser.findElement(By.name("file")).sendKeys(workbook.toString());
    shot("unit-upload");
    browser.findElement(By.cssSelector("#upload button[type=submit]")).click();

    waitFor(By.id("problems"));
    assertThat(text("h1")).isEqualTo("信息共享报送回执");
    assertThat(text("#outcome")).contains("部分行未通过校验");
    List<WebElement> problems = browser.findElements(By.cssSelector("#problems tbody tr"));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).findElements(By.tagName("td")))
        .extracting(WebElement::getText)
        .containsExactly("案件移送", "3", "接收单位", "古县北平镇人民政府", "不能代其他单位报送：移入的案件，接收单位应为本单位");
    assertThat(browser.findElement(By.id("sheets")).getText()).contains("案件移送");
    shot("unit-receipt");
  }

  @Test
  void theOfficeSignsInReadsTheDashboardWithItsChartAndPrintsTheBriefing() throws Exception {
    signInAndChoose("office", "联席办公室自己的密码");
    assertThat(text("h1")).isEqualTo("首页");
    WebElement owing = browser.findElement(By.id("owing"));
    assertThat(owing.getText()).contains("古县岳阳镇人民政府");
    assertThat(browser.findElement(By.id("submissions")).getText()).contains("古县岳阳镇人民政府");
    // the chart is drawn by the bundled Chart.js from the table beside it
    Object bars =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var c = Chart.getChart('on-time-chart'); return c ? c.data.labels.length : -1;");
    assertThat(((Number) bars).intValue())
        .isEqualTo(browser.findElements(By.cssSelector("#on-time tbody tr")).size())
        .isPositive();
    shot("office-dashboard");

    // 台账: the overdue referral's history, both sides and how its deadlines were judged
    browser.findElement(By.linkText("台账")).click();
    waitFor(By.id("ledger"));
    shot("office-ledger");
    browser.findElement(By.linkText("古市监移〔2026〕30号")).click();
    waitFor(By.id("versions"));
    assertThat(text("h1")).isEqualTo("案件移送 古市监移〔2026〕30号");
    assertThat(browser.findElement(By.id("versions")).getText())
        .contains("古县市场监督管理局", "案件移送_D02.csv", "案件移送", "2");
    // found Mon 2 Mar, sent Mon 9 Mar: due Thu 5 Mar (3 working days), sent 2 working days late
    assertThat(browser.findElement(By.id("judgements")).getText())
        .contains(
            "移送案件 古县市场监督管理局 3个工作日（3wd） 2026-03-02 00:00 2026-03-05 23:59 2026-03-09 10:00 逾期2个工作日");
    shot("office-record");

    // 报告: the first half year's briefing, as of its last day, printed and downloaded
    browser.findElement(By.linkText("报告")).click();
    WebElement form = browser.findElement(By.id("briefing"));
    form.findElement(By.name("period")).sendKeys("2026H1");
    form.findElement(By.name("asOf")).sendKeys("2026-06-30");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(By.id("report-files"));
    assertThat(text("p.notice")).contains("2026H1");
    WebElement pdf =
        browser.findElement(By.xpath("//table[@id='report-files']//tr[td[1][.='简报_2026H1.pdf']]"));
    shot("office-reports");
    pdf.findElement(By.linkText("下载")).click();
    Path downloaded = DOWNLOADS.resolve("简报_2026H1.pdf");
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.isRegularFile(downloaded));
    try (PDDocument document = Loader.loadPDF(downloaded.toFile())) {
      String printed = new PDFTextStripper().getText(document);
      assertThat(printed).contains("2026年上半年", "古市监移〔2026〕30号");
    }
  }

  private void signInAndChoose(String name, String chosen) throws IOException {
    browser.get(county.uri("/signin").toString());
    shot("signin");
    browser.findElement(By.name("username")).sendKeys(name);
    browser.findElement(By.name("password")).sendKeys(county.password(name));
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(By.name("chosen"));
    assertThat(text("h1")).isEqualTo("修改密码");
    browser.findElement(By.name("current")).sendKeys(county.password(name));
    browser.findElement(By.name("chosen")).sendKeys(chosen);
    browser.findElement(By.name("repeated")).sendKeys(chosen);
    browser.findElement(By.cssSelector("main button[type=submit]")).click();
    waitFor(By.cssSelector("p.notice"));
    assertThat(text("p.notice")).isEqualTo("密码已修改。");
    county.password(name, chosen);
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private void waitFor(By element) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(element));
  }

  /** The whole page as the browser shows it, as tall as its content. */
  private void shot(String name) throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 900)); // not the last page's height
    long height =
        ((Number)
                ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollHeight"))
            .longValue();
    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(4000, height + 140)));
    byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  /** An exchange workbook with one sheet, 案件移送, in the standard's columns. */
  @SafeVarargs
  private static Path workbook(Path file, List<String>... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("案件移送");
      List<String> headers = List.of("移送文号", "移送方向", "移送单位", "接收单位", "当事人", "违法事项", "发现日期", "移送时间");
      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        header.createCell(c).setCellValue(headers.get(c));
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].size(); c++) {
          row.createCell(c).setCellValue(rows[r].get(c));
        }
      }
      workbook.write(out);
    }
    return file;
  }
}
