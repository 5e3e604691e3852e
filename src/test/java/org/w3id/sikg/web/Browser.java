package org.w3id.sikg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JUnit 5 extension giving browser tests a headless Chromium (one per test class, fresh profile) driven by Selenium,
 * and saving a screenshot to {@code target/browser-screenshots/<class>-<test>.png} when a test fails.
 *
 * <p>The browser is the system's: {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages
 * {@code chromium} and {@code chromium-driver}, installed by {@code .ci/run}); override with the system properties
 * {@code sikg.chromium} and {@code sikg.chromedriver}. When they are missing the tests FAIL, saying so: they are part
 * of the build, not optional.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, ParameterResolver, TestExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Browser.class);
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage", "--window-size=1280,1000");

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path chromium = Path.of(System.getProperty("sikg.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("sikg.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("The browser tests need headless Chromium: " + chromium + " and " + driver
                    + " must exist. Run .ci/run (it installs them), or `sudo apt-get install chromium "
                    + "chromium-driver`, or point -Dsikg.chromium / -Dsikg.chromedriver at them.");
        }
        Path profile = Files.createTempDirectory("sikg-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        context.getStore(NS).put("driver", browser);
        context.getStore(NS).put("profile", profile);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        WebDriver browser = context.getStore(NS).remove("driver", WebDriver.class);
        if (browser != null) {
            browser.quit();
        }
        Path profile = context.getStore(NS).remove("profile", Path.class);
        if (profile != null) {
            deleteTree(profile);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return driver(extension);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        WebDriver browser = driver(context);
        if (browser instanceof TakesScreenshot shooter) {
            try {
                Files.createDirectories(SCREENSHOTS);
                Path file = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png");
                Files.write(file, shooter.getScreenshotAs(OutputType.BYTES));
                LOG.warn("browser test failed; screenshot of {} saved to {}", browser.getCurrentUrl(), file);
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    /** The class's browser (extension stores are searched up the context hierarchy). */
    private static WebDriver driver(ExtensionContext context) {
        return context.getStore(NS).get("driver", WebDriver.class);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            LOG.debug("could not delete all of {}: {}", root, e.getMessage());
        }
    }
}
