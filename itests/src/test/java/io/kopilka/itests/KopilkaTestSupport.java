package io.kopilka.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.CoreOptions.vmOption;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the real Kopilka distribution (the tar.gz the build just made) in Pax Exam, on free ports, with a fresh data
 * folder and so a fresh database per test class, and gives the tests HTTP access and the first-start credentials.
 */
public abstract class KopilkaTestSupport {

    static final String PORT_PROPERTY = "kopilka.test.http.port";

    @Configuration
    public Option[] config() throws IOException {
        String distribution = System.getProperty("kopilka.distribution");
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        int http = freePort();
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl("file:" + distribution).name("Kopilka")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                    String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                    String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repo),
            editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, String.valueOf(http)),
            systemProperty(PORT_PROPERTY).value(String.valueOf(http)),
            // on a loaded machine Pax Exam's JUnit invoker and the injected services can take longer than its
            // default 10 s to appear; without the invoker the probe never starts and every test fails after 180 s
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
            systemProperty("pax.exam.service.timeout").value("120000"),
        };
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** HTTP to this container's Kopilka, once its API answers; if it never does, the failure says what is missing. */
    protected Http http() {
        Http http = new Http(Integer.getInteger(PORT_PROPERTY));
        try {
            http.await("/health", null, 200, Duration.ofSeconds(120));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ContainerDiagnosis.describe());
        }
        return http;
    }

    /** The first start's credentials of this container. */
    protected Credentials credentials() throws Exception {
        return Credentials.await(Path.of(System.getProperty("karaf.data")), Duration.ofSeconds(120));
    }
}
