#!/usr/bin/python3
"""Setara's web pages in a real browser (headless Chromium through Selenium).

An employer's HR officer registers a company, a workplace with its accommodations and a vacancy
using the keyboard only; an officer finds a seeker, opens the profile and runs a match; an officer
refers a seeker from a match, checks and sends the referral, and the employer records the
interview and the hire, all by keyboard. axe-core checks every page visited, in Indonesian and in
English, against WCAG 2.0, 2.1 and 2.2 A and AA; any violation fails the run. Every page's HTML, as
the server sent it, is checked with HTML Tidy (Debian's `tidy`, HTML5): any error or warning
fails the run. Screenshots are written for people to look at.

The outcomes report's HTML file is opened from disk and checked the same way.

Usage: Tests/Browser/web_e2e.py SETARA_BINARY AXE_MIN_JS SCREENSHOT_FOLDER
Run by `swift test` (BrowserTests); needs Debian's chromium, chromium-driver and python3-selenium.
"""
import base64
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.chrome.service import Service

SETARA, AXE, SHOTS = sys.argv[1], sys.argv[2], sys.argv[3]
PORT = int(os.environ.get("SETARA_E2E_PORT", "18080"))
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "kata sandi uji coba"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

checked, failures, rules_passed, validated = [], [], [], []


def setara(*args, stdin=None):
    return subprocess.run([SETARA, *args], input=stdin, text=True, capture_output=True, check=True).stdout


def start_server(db):
    try:
        urllib.request.urlopen(BASE + "/login", timeout=1)
        raise SystemExit(f"something already answers on port {PORT}; set SETARA_E2E_PORT")
    except OSError:
        pass
    server = subprocess.Popen([SETARA, "serve", "--db", db, "--port", str(PORT)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            urllib.request.urlopen(BASE + "/login", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start: " + server.stdout.read().decode())


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--lang=id"]:
        options.add_argument(argument)
    # The browser's network log: the HTML of each page exactly as the server sent it, a page that
    # answers a POST included (read back with Network.getResponseBody).
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    options.binary_location = "/usr/bin/chromium"
    service = Service(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


AXE_SOURCE = open(AXE, encoding="utf-8").read()


# HTML Tidy 5.6 (Debian 12) predates two parts of the HTML standard these pages use; its messages
# about them are not errors in HTML as browsers implement it, and are the only ones let through:
TIDY_OUTDATED = [
    # The inputmode attribute (numeric keyboards for numbers) is in the HTML standard since 2017.
    'proprietary attribute "inputmode"',
    # A legend may hold a heading (GOV.UK's question pages put the page's h1 in the legend), since 2019.
    "missing </legend> before <h1>", "inserting implicit <legend>", "discarding unexpected </legend>",
    # The report's charts are SVG, whose own <title> (the chart's accessible name) takes an id; tidy
    # knows no SVG and reads it as HTML's <title>.
    '<title> proprietary attribute "id"',
]


last_document = None  # the latest page's response in the network log (the log is read once)


def served_html(driver):
    """The HTML of the page shown now, as the server sent it to the browser: the body of the last
    document response in the browser's network log. Not fetched again: a page that answers a POST
    (a form's errors, a confirmation) cannot be asked for twice, and a GET would draw the empty form."""
    global last_document
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.responseReceived" and message["params"]["type"] == "Document":
            last_document = message["params"]
    document = last_document
    shown = driver.current_url.split("#")[0]
    if document is None or document["response"]["url"].split("#")[0] != shown:
        raise AssertionError(f"no response for {shown} in the browser's network log")
    body = driver.execute_cdp_cmd("Network.getResponseBody", {"requestId": document["requestId"]})
    return base64.b64decode(body["body"]) if body.get("base64Encoded") else body["body"].encode("utf-8")


def validate_html(driver, page):
    """The page's HTML as the server sent it, checked by HTML Tidy for HTML5: every error and
    warning is a failure."""
    if not driver.current_url.startswith(BASE):
        return
    html = served_html(driver)
    result = subprocess.run(["tidy", "-q", "-e", "--show-warnings", "yes", "--drop-empty-elements", "no",
                             "--warn-proprietary-attributes", "yes"], input=html, capture_output=True)
    validated.append(page)
    for line in result.stderr.decode("utf-8", "replace").splitlines():
        if line.strip() and not any(known in line for known in TIDY_OUTDATED):
            failures.append(f"{page}: HTML: {line.strip()}")


def axe_here(driver, name):
    """Runs axe on the page as it is shown now (an error page stays as the form's answer drew it),
    and validates its HTML."""
    language = driver.execute_script("return document.documentElement.lang")
    validate_html(driver, f"{name} [{language}]")
    driver.execute_script(AXE_SOURCE)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        f"axe.run(document, {{runOnly: {{type: 'tag', values: {json.dumps(AXE_TAGS)}}}}}).then(done);")
    page = f"{name} [{language}]"
    checked.append(page)
    rules_passed.append(len(result["passes"]))
    for violation in result["violations"]:
        targets = [node["target"] for node in violation["nodes"]][:3]
        failures.append(f"{page}: {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    driver.save_screenshot(os.path.join(SHOTS, f"{name}-{language}.png"))


def switch_language(driver, language):
    here = driver.current_url.replace(BASE, "")
    driver.get(f"{BASE}/language?to={language}&back=" + urllib.parse.quote(here, safe=""))


def axe(driver, name):
    """Runs axe on the page shown now, then on the same page in the other language."""
    axe_here(driver, name)
    switch_language(driver, "en")
    axe_here(driver, name)
    switch_language(driver, "id")


def active(driver):
    return driver.switch_to.active_element


def tab_to(driver, css, limit=400):
    """Presses Tab until the element matching css has the focus (the keyboard reaches it)."""
    target = driver.find_element(By.CSS_SELECTOR, css)
    for _ in range(limit):
        if active(driver) == target:
            return target
        active(driver).send_keys(Keys.TAB)
    raise AssertionError(f"Tab never reached {css} on {driver.current_url}")


def type_into(driver, css, text):
    tab_to(driver, css).send_keys(text)


def submit(driver):
    """Tabs to the form's button and presses Enter."""
    tab_to(driver, "main form[method=post] button[type=submit]").send_keys(Keys.ENTER)


def expect(condition, message):
    if not condition:
        failures.append(message)


def keyboard_sign_in(driver, username):
    driver.get(BASE + "/login")
    type_into(driver, "#username", username)
    active(driver).send_keys(Keys.TAB)
    active(driver).send_keys(PASSWORD + Keys.ENTER)


def employer_registers(driver):
    keyboard_sign_in(driver, "hrbaru")
    expect(driver.current_url.endswith("/employer"), "hrbaru was not sent to /employer: " + driver.current_url)
    axe(driver, "employer-start")
    tab_to(driver, "a.button-start").send_keys(Keys.ENTER)
    axe(driver, "company-name")
    # An empty answer shows the error summary, linked to the field, in either language.
    for language, prefix in [("en", "Error:"), ("id", "Galat:")]:
        switch_language(driver, language)
        submit(driver)
        expect(driver.title.startswith(prefix), f"no '{prefix}' in the title after an empty name: " + driver.title)
        summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#name']")
        expect(len(summary) == 1, "the error summary does not link to #name")
        axe_here(driver, "company-name-error")
    # The summary's link takes the keyboard to the field.
    tab_to(driver, ".error-summary a[href='#name']").send_keys(Keys.ENTER)
    driver.save_screenshot(os.path.join(SHOTS, "company-name-error-followed-id.png"))
    type_into(driver, "#name", "PT Karya Setara Keyboard")
    active(driver).send_keys(Keys.ENTER)
    axe(driver, "company-ownership")
    tab_to(driver, "input[name=ownership]").send_keys(Keys.SPACE)
    submit(driver)
    axe(driver, "company-size")
    type_into(driver, "#headcount", "120")
    active(driver).send_keys(Keys.TAB, Keys.TAB)
    type_into(driver, "#employees_with_disabilities", "1")
    active(driver).send_keys(Keys.ENTER)
    # Who works short hours and who has a severe disability: left empty, they are 0.
    axe(driver, "company-workforce")
    type_into(driver, "#short_time_workers", "10")
    submit(driver)
    axe(driver, "company-region")
    tab_to(driver, "#regency").send_keys("Kota Yogyakarta")
    submit(driver)
    expect("done=company" in driver.current_url, "the company was not registered: " + driver.current_url)
    axe(driver, "employer-home")

    tab_to(driver, "a[href='/employer/workplaces/new']").send_keys(Keys.ENTER)
    axe(driver, "workplace-new")
    type_into(driver, "#name", "Kantor Malioboro")
    tab_to(driver, "#regency").send_keys("Kota Yogyakarta")
    tab_to(driver, "input[name=features][value=step_free_entrance]").send_keys(Keys.SPACE)
    tab_to(driver, "input[name=features][value=accessible_toilet]").send_keys(Keys.SPACE)
    submit(driver)
    expect("/accommodations" in driver.current_url, "the workplace was not saved: " + driver.current_url)
    type_into(driver, "#q", "pembaca layar" + Keys.ENTER)
    axe(driver, "accommodations-search")
    tab_to(driver, "input[name=add]").send_keys(Keys.SPACE)
    tab_to(driver, "form[method=post] button.button:not(.button-secondary)").send_keys(Keys.ENTER)
    expect("done=saved" in driver.current_url, "the accommodation was not added: " + driver.current_url)
    tab_to(driver, "a[href='/employer']").send_keys(Keys.ENTER)

    tab_to(driver, "a[href='/employer/vacancies/new/details']").send_keys(Keys.ENTER)
    axe(driver, "vacancy-details")
    type_into(driver, "#title", "Operator entri data")
    type_into(driver, "#kbji", "4132")
    submit(driver)
    for step in ["physical", "manipulation", "sensory_communication", "cognitive", "work_organisation", "environment"]:
        expect(driver.current_url.endswith("/" + step), f"expected the {step} page, got " + driver.current_url)
        if step == "physical":
            axe(driver, "vacancy-demands")
            # Lifting: the second answer, by arrow key inside the radio group.
            tab_to(driver, "input[name=demand_lifting]:checked").send_keys(Keys.ARROW_DOWN)
        submit(driver)
    expect("done=vacancy" in driver.current_url, "the vacancy was not saved: " + driver.current_url)
    axe(driver, "vacancy")


def officer_works(driver):
    driver.delete_all_cookies()
    keyboard_sign_in(driver, "petugas")
    axe(driver, "officer-home")
    type_into(driver, "#q", "a" + Keys.ENTER)
    axe(driver, "officer-results")
    tab_to(driver, "a[href^='/officer/seekers/S']").send_keys(Keys.ENTER)
    axe(driver, "seeker-profile")
    tab_to(driver, "a[href$='/matches']").send_keys(Keys.ENTER)
    axe(driver, "seeker-matches")
    driver.get(BASE + "/officer/vacancies")
    axe(driver, "officer-vacancies")
    tab_to(driver, "a[href$='/matches']").send_keys(Keys.ENTER)
    axe(driver, "vacancy-matches")
    driver.delete_all_cookies()
    driver.get(BASE + "/login")
    axe(driver, "login")
    for language in ["en", "id"]:
        switch_language(driver, language)
        type_into(driver, "#username", "petugas")
        active(driver).send_keys(Keys.TAB)
        active(driver).send_keys("wrong password" + Keys.ENTER)
        expect(len(driver.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#username']")) == 1, "no error summary on a wrong password")
        axe_here(driver, "login-error")


def office_with_most_seekers(db):
    with sqlite3.connect(db) as connection:
        row = connection.execute("""SELECT o.id FROM labour_office o JOIN seeker s ON s.regency_code = o.regency_code
                                    WHERE s.status = 'active' GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1""").fetchone()
    return row[0]


def employer_of_vacancy(db, vacancy):
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT w.employer_id FROM vacancy v JOIN workplace w ON w.id = v.workplace_id WHERE v.id = ?",
                                  (vacancy,)).fetchone()[0]


def officer_refers_employer_hires(driver, db):
    """An officer refers one of the office's seekers from a vacancy's match page, checks the
    referral with the seeker's consent and sends it; the employer's HR officer records the
    interview and the hire. Keyboard only (links are followed by Enter, choices by Space)."""
    driver.delete_all_cookies()
    keyboard_sign_in(driver, "petugas")
    driver.get(BASE + "/officer/vacancies")
    vacancies = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a[href$='/matches']")]
    for href in vacancies:
        driver.get(href)
        if driver.find_elements(By.CSS_SELECTOR, "form[action='/officer/referrals'] button"):
            break
    else:
        raise AssertionError("no vacancy has a seeker of the office to refer")
    tab_to(driver, "form[action='/officer/referrals'] button").send_keys(Keys.ENTER)
    expect("/officer/referrals/" in driver.current_url, "the referral was not made: " + driver.current_url)
    reference = driver.current_url.rsplit("/", 1)[1].split("?")[0]
    axe(driver, "officer-referral-new")
    for language, prefix in [("en", "Error:"), ("id", "Galat:")]:
        driver.get(BASE + "/officer/referrals/" + reference)
        switch_language(driver, language)
        submit(driver)
        expect(driver.title.startswith(prefix), f"no '{prefix}' in the title after a check without an answer: " + driver.title)
        expect(len(driver.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#consent']")) == 1, "the summary does not link to #consent")
        axe_here(driver, "officer-referral-check-error")
    driver.get(BASE + "/officer/referrals/" + reference)
    tab_to(driver, "input[name=consent][value=yes]").send_keys(Keys.SPACE)
    submit(driver)
    expect("done=checked" in driver.current_url, "the check was not saved: " + driver.current_url)
    axe(driver, "officer-referral-checked")
    submit(driver)
    expect("done=sent" in driver.current_url, "the referral was not sent: " + driver.current_url)
    tab_to(driver, f"a[href='/officer/referrals/{reference}/letter']").send_keys(Keys.ENTER)
    axe(driver, "referral-letter")
    driver.get(BASE + "/officer")
    tab_to(driver, "a[href='/officer/due']").send_keys(Keys.ENTER)
    axe(driver, "officer-due")
    tab_to(driver, "a[href='/officer/visits/new']").send_keys(Keys.ENTER)
    axe(driver, "officer-visit")
    # A visit with a next contact of 31 February: the answer to the POST is checked as it came.
    type_into(driver, "#employer", "E00001")
    tab_to(driver, "input[name=kind]").send_keys(Keys.SPACE)
    type_into(driver, "#purpose", "Kuota dan lowongan baru")
    type_into(driver, "#next-day", "31")
    type_into(driver, "#next-month", "2")
    type_into(driver, "#next-year", "2027")
    submit(driver)
    expect(len(driver.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#next-day']")) == 1,
           "the error summary does not link to the day of an impossible date")
    axe_here(driver, "officer-visit-error")
    driver.find_element(By.ID, "next-day").clear()
    type_into(driver, "#next-day", "28")
    submit(driver)
    expect("done=visit" in driver.current_url, "the visit was not saved: " + driver.current_url)
    axe_here(driver, "officer-visit-saved")
    driver.get(BASE + "/officer/report")
    axe(driver, "officer-report")

    with sqlite3.connect(db) as connection:
        vacancy_id = connection.execute("SELECT vacancy_id FROM referral WHERE reference = ?", (reference,)).fetchone()[0]
    employer = employer_of_vacancy(db, vacancy_id)
    setara("user", "add", "--db", db, "--username", "hrfirma", "--role", "employer", "--employer", employer, stdin=PASSWORD + "\n")
    driver.delete_all_cookies()
    keyboard_sign_in(driver, "hrfirma")
    tab_to(driver, "a[href='/employer/referrals']").send_keys(Keys.ENTER)
    axe(driver, "employer-referrals")
    tab_to(driver, f"a[href='/employer/referrals/{reference}']").send_keys(Keys.ENTER)
    axe(driver, "employer-referral")
    expect("sensorik" not in driver.page_source.lower() and "fisik" not in driver.page_source.lower(),
           "the employer's page names a disability category")
    tab_to(driver, "a[href$='/interview']").send_keys(Keys.ENTER)
    axe(driver, "employer-interview")
    # Today on the office's clock (WIB, UTC+7, no summer time), which is the day Setara checks the
    # date against: between 00:00 and 07:00 WIB the machine's UTC date is still yesterday.
    day, month, year = (str(int(part)) for part in time.strftime("%d %m %Y", time.gmtime(time.time() + 7 * 3600)).split())
    # The date's three boxes; the month left out first: the error names the box and links to it.
    type_into(driver, "#date-day", day)
    type_into(driver, "#date-year", year)
    type_into(driver, "#place", "Ruang rapat lantai 1, pintu masuk tanpa tangga" + Keys.ENTER)
    expect(driver.title.startswith("Galat:"), "no 'Galat:' in the title of an interview without a month: " + driver.title)
    expect(len(driver.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#date-month']")) == 1,
           "the error summary does not link to the month")
    expect(len(driver.find_elements(By.CSS_SELECTOR, "#date-month.input-error")) == 1, "the month box is not marked")
    axe_here(driver, "employer-interview-error")
    tab_to(driver, ".error-summary a[href='#date-month']").send_keys(Keys.ENTER)
    expect(active(driver).get_attribute("id") == "date-month", "the summary's link does not take the keyboard to the month")
    active(driver).send_keys(month + Keys.ENTER)
    expect("done=interview" in driver.current_url, "the interview was not saved: " + driver.current_url)
    tab_to(driver, "a[href$='/decision']").send_keys(Keys.ENTER)
    axe(driver, "employer-decision")
    tab_to(driver, "input[name=decision][value=hired]").send_keys(Keys.SPACE)
    submit(driver)
    expect(driver.current_url.endswith("/hire"), "the decision did not lead to the hire page: " + driver.current_url)
    axe(driver, "employer-hire")
    submit(driver)
    expect(driver.title.startswith("Galat:"), "no 'Galat:' in the title of an empty hire form: " + driver.title)
    axe_here(driver, "employer-hire-error")
    type_into(driver, "#start-day", day)
    type_into(driver, "#start-month", month)
    type_into(driver, "#start-year", year)
    # Permanent (PKWTT): the second choice, by arrow key inside the radio group.
    tab_to(driver, "input[name=contract]").send_keys(Keys.ARROW_DOWN)
    type_into(driver, "#wage", "2500000" + Keys.ENTER)
    expect("done=hired" in driver.current_url, "the hire was not saved: " + driver.current_url)
    axe(driver, "employer-hired")
    with sqlite3.connect(db) as connection:
        placed = connection.execute("SELECT count(*) FROM placement WHERE referral = ?", (reference,)).fetchone()[0]
    expect(placed == 1, f"no placement recorded for {reference}")


def report_pages(driver, db, folder):
    """The outcomes report as one HTML file, opened from disk as a supervisor would, in both languages."""
    for language in ["id", "en"]:
        path = os.path.join(folder, f"outcomes-{language}.html")
        setara("report", "outcomes", "--db", db, "--lang", language, "--html", path)
        driver.get("file://" + path)
        expect(len(driver.find_elements(By.CSS_SELECTOR, "svg[role='img'] title")) == 3, "the report has three charts with titles")
        axe_here(driver, "report-outcomes")
        driver.save_screenshot(os.path.join(SHOTS, f"report-outcomes-{language}.png"))


def main():
    os.makedirs(SHOTS, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "e2e.sqlite")
        setara("demo", "--db", db, "--seekers", "300", "--employers", "30", "--vacancies", "120")
        for name, role, employer in [("hrbaru", "employer", None), ("petugas", "officer", None)]:
            args = ["user", "add", "--db", db, "--username", name, "--role", role] + (["--employer", employer] if employer else [])
            setara(*args, stdin=PASSWORD + "\n")
        # The officer works at the office with the most seekers: the pages reach its seekers only.
        setara("office", "officer", "petugas", "--db", db, "--name", "Petugas Uji", "--office", office_with_most_seekers(db))
        server = start_server(db)
        driver = None
        try:
            driver = browser()
            employer_registers(driver)
            officer_works(driver)
            officer_refers_employer_hires(driver, db)
            report_pages(driver, db, folder)
        except Exception as error:  # a step that could not be done by keyboard is a failure, with where it was
            failures.append(f"stopped at {driver.current_url if driver else 'the browser start'}: {error!r}")
            if driver:
                driver.save_screenshot(os.path.join(SHOTS, "stopped.png"))
        finally:
            if driver:
                driver.quit()
            server.terminate()
            server.wait(timeout=10)
    for failure in failures:
        print("FAIL", failure)
    print(f"Browser pages checked with axe-core: {len(checked)} (rules passed on each: {min(rules_passed, default=0)} to {max(rules_passed, default=0)})")
    print("Pages: " + ", ".join(checked))
    print(f"HTML checked with tidy: {len(validated)} pages")
    failed_pages = {f.split(":")[0] for f in failures}
    print(f"Browser: {len(checked) - len([p for p in checked if p in failed_pages])} pages passed, {len(failed_pages)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
