package io.kopilka.itests;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The {@code kopilka:} shell commands in the real distribution: guests, balances, tokens and the ledger check. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellIT extends KopilkaTestSupport {

    @Inject
    private SessionFactory sessions;

    @Before
    public void ready() throws Exception {
        http();
        credentials();
    }

    private String run(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, out, out);
        session.put("APPLICATION", System.getProperty("karaf.name", "root"));
        session.execute(command);
        out.flush();
        session.close();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void listsGuestsAndShowsBalances() throws Exception {
        String list = run("kopilka:guest-list");
        assertTrue(list, list.contains("Анна Иванова") && list.contains("5 of 5 guests"));
        String balance = run("kopilka:balance 1000001");
        assertTrue(balance, balance.contains("BONUS") && balance.contains("500.00") && balance.contains("150.00"));
        String show = run("kopilka:guest-show 89161234567");
        assertTrue(show, show.contains("+79161234567") && show.contains("1000001") && show.contains("DEPOSIT"));
        String missing = run("kopilka:balance nobody");
        assertTrue(missing, missing.startsWith("Error: guest: no guest"));
    }

    @Test
    public void createsListsAndRevokesTokens() throws Exception {
        String created = run("kopilka:token-create --kind application shell-made");
        Matcher m = Pattern.compile("Token (\\d+) .*\\n(kpk_\\S+)").matcher(created);
        assertTrue(created, m.find());
        Http http = http();
        http.await("/guests", m.group(2), 200, Duration.ofSeconds(30));
        assertTrue(run("kopilka:token-list").contains("shell-made"));
        assertTrue(run("kopilka:token-revoke " + m.group(1)).contains("revoked"));
        http.await("/guests", m.group(2), 401, Duration.ofSeconds(30));
        String wrong = run("kopilka:token-create --kind wizard x");
        assertTrue(wrong, wrong.startsWith("Error: kind:"));
    }

    @Test
    public void ledgerCheckPasses() throws Exception {
        String check = run("kopilka:ledger-check");
        assertTrue(check, check.contains("Ledger consistent"));
        assertTrue(run("kopilka:org-list").contains("code 1001"));
    }
}
