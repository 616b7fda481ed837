#!/usr/bin/env python3
"""Browser test of the web app (issue 19): a real Chromium, driven by Selenium, against `sameside serve --demo`.

Signs in, opens the pipeline, filters it and switches to the board, opens the "where's the PO?" deal, adds a
customer goal through the form and sees the review change, pastes a message into the coach and sees a marked
span, uploads a CSV with a bad row and sees the precise error, opens the account page. Then (issue 20) makes a
share link from the deal page of "Line 3 downtime monitoring", opens it in a fresh browser profile with no
session, marks a step done and proposes a new date with a reason there, and sees both on the seller's deal
page. Every page gets an axe-core check (no serious or critical violation) and a screenshot in the artefacts
folder.

Usage: scripts/browser-test.py BIN_DIR [ARTIFACTS_DIR]   (needs chromium, chromedriver, selenium,
axe-selenium-python; .ci/run installs them). Exit 0 when every step passed.
"""
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BIN = sys.argv[1] if len(sys.argv) > 1 else ".build/debug"
ARTIFACTS = sys.argv[2] if len(sys.argv) > 2 else ".build/browser-artifacts"
EMAIL, PASSWORD = "morgan@demo.sameside", "demo-morgan-2026"
PO_DEAL = "Corrugator monitoring rollout"
SHARED_DEAL = "Line 3 downtime monitoring"
failures = []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the server did not answer {url} within {seconds} s")


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def audit(driver, name):
    """Screenshot and axe-core on the page shown now; serious or critical violations fail the test."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, max(800, min(int(height) + 40, 6000)))
    driver.save_screenshot(os.path.join(ARTIFACTS, f"{name}.png"))
    driver.set_window_size(1280, 1000)
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    for violation in bad:
        targets = [node["target"] for node in violation["nodes"]][:3]
        print(f"     axe {violation['impact']}: {violation['id']}: {violation['help']} {targets}")
    check(not bad, f"{name}: no serious or critical accessibility violation (axe-core)")


def share_plan(driver, options, base):
    """Seller makes a link; the customer, in a fresh profile, marks a step done and moves a date; seller sees both."""
    driver.get(base + "/?per_page=200")
    driver.find_element(By.LINK_TEXT, SHARED_DEAL).click()
    WebDriverWait(driver, 15).until(lambda d: "/deals/" in d.current_url)
    deal_url = driver.current_url.split("#")[0]
    driver.find_element(By.CSS_SELECTOR, "form[action$='/share-links'] button[type=submit]").click()
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.ID, "share-url"))
    url = driver.find_element(By.ID, "share-url").get_attribute("value")
    check("/share/" in url, "the deal page makes a share link and shows its URL once")
    audit(driver, "share-created")

    profile = tempfile.mkdtemp()
    customer_options = webdriver.ChromeOptions()
    customer_options.binary_location = options.binary_location
    for argument in options.arguments + [f"--user-data-dir={profile}"]:
        customer_options.add_argument(argument)
    customer = webdriver.Chrome(
        service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=customer_options)
    customer.implicitly_wait(5)
    try:
        customer.get(url)
        check(not customer.get_cookies(), "the customer has no session cookie")
        check("Plan: " + SHARED_DEAL in customer.page_source, "the share link opens the plan without signing in")
        audit(customer, "share")
        done_button = customer.find_element(By.CSS_SELECTOR, "form[action$='/done'] button[type=submit]")
        done_title = done_button.text.split("\u201c", 1)[1].rsplit("\u201d", 1)[0]
        done_button.click()
        WebDriverWait(customer, 15).until(lambda d: "saved=1" in d.current_url)
        check("your change is saved" in customer.page_source, f"the customer marks \"{done_title}\" done")
        date_form = customer.find_element(By.CSS_SELECTOR, "form[action$='/date']")
        moved_title = date_form.find_element(By.XPATH, "..").find_element(By.TAG_NAME, "h3").text
        due = date_form.find_element(By.CSS_SELECTOR, "input[name=due]")
        customer.execute_script("arguments[0].value = '2027-03-15'", due)
        Select(date_form.find_element(By.CSS_SELECTOR, "select[name=reason]")).select_by_value(
            "waiting-on-third-party")
        date_form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(customer, 15).until(lambda d: "saved=1" in d.current_url)
        check("your change is saved" in customer.page_source,
              f"the customer proposes 2027-03-15 for \"{moved_title}\" with a reason")
        audit(customer, "share-after")
    finally:
        customer.quit()

    driver.get(deal_url)
    timeline = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=timeline-h]").text
    check(f"marked \"{done_title}\" done on the shared plan" in timeline,
          "the seller's deal page shows the step the customer marked done")
    check(f"moved \"{moved_title}\" to 2027-03-15" in timeline and "waiting on a third party" in timeline,
          "the seller's deal page shows the proposed date and its reason")
    audit(driver, "deal-after-share")


def main():
    os.makedirs(ARTIFACTS, exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    workdir = tempfile.mkdtemp()
    server = subprocess.Popen(
        [os.path.join(BIN, "sameside"), "serve", "--demo", "--host", "127.0.0.1", "--port", str(port),
         "--database", f"sqlite:{workdir}/browser.db"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(argument)
    driver = None
    try:
        wait_for(base + "/healthz")
        driver = webdriver.Chrome(
            service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
        driver.implicitly_wait(5)

        driver.get(base + "/signin")
        audit(driver, "signin")
        driver.find_element(By.ID, "email").send_keys(EMAIL)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form[action='/signin'] button[type=submit]").click()
        WebDriverWait(driver, 15).until(lambda d: "/signin" not in d.current_url)
        check(driver.current_url.rstrip("/") == base, "signing in lands on the pipeline")

        rows = driver.find_elements(By.CSS_SELECTOR, "table.deals tbody tr")
        check(len(rows) > 0, f"the pipeline lists deals ({len(rows)})")
        audit(driver, "pipeline")
        verdicts = [o.get_attribute("value") for o in Select(driver.find_element(By.ID, "verdict")).options]
        wanted = next(v for v in verdicts if v)
        Select(driver.find_element(By.ID, "verdict")).select_by_value(wanted)
        driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        WebDriverWait(driver, 15).until(lambda d: f"verdict={wanted}" in d.current_url)
        check(f"verdict={wanted}" in driver.current_url, f"the verdict filter is applied ({wanted})")
        filtered = driver.find_elements(By.CSS_SELECTOR, "table.deals tbody tr")
        check(len(filtered) <= len(rows), "filtering never adds deals")

        driver.find_element(By.LINK_TEXT, "Board").click()
        WebDriverWait(driver, 15).until(lambda d: "view=board" in d.current_url)
        check("view=board" in driver.current_url and f"verdict={wanted}" in driver.current_url,
              "the board keeps the filter")
        columns = driver.find_elements(By.CSS_SELECTOR, ".board .column, .board section")
        check(len(columns) > 0, f"the board shows a column per stage ({len(columns)})")
        audit(driver, "board")

        driver.get(base + "/?per_page=200")
        driver.find_element(By.LINK_TEXT, PO_DEAL).click()
        WebDriverWait(driver, 15).until(lambda d: "/deals/" in d.current_url)
        check(PO_DEAL in driver.title, "the \"where's the PO?\" deal opens")
        audit(driver, "deal")
        findings_before = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=findings-h]").text
        summary_before = driver.find_element(By.CSS_SELECTOR, "dl.summary").text
        driver.find_element(By.LINK_TEXT, "Add a customer goal").click()
        audit(driver, "goal-form")
        driver.find_element(By.ID, "statement").send_keys("Run the corrugator rollout on all three plants by spring")
        driver.find_element(By.ID, "metric").send_keys("unplanned stops a month")
        driver.find_element(By.ID, "baseline").send_keys("18")
        driver.find_element(By.ID, "target").send_keys("6")
        driver.find_element(By.ID, "due").send_keys("2027-04-30")
        Select(driver.find_element(By.ID, "category")).select_by_value("operational-efficiency")
        driver.find_element(By.CSS_SELECTOR, "form[action$='/goals'] button[type=submit]").click()
        goals = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=goals-h]").text
        check("Run the corrugator rollout on all three plants by spring" in goals, "the new goal is on the deal page")
        findings_after = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=findings-h]").text
        summary_after = driver.find_element(By.CSS_SELECTOR, "dl.summary").text
        check(findings_after != findings_before or summary_after != summary_before,
              "the review changed after the goal was saved")

        driver.find_element(By.LINK_TEXT, "Add a buying step").click()
        audit(driver, "step-form")
        driver.find_element(By.ID, "title").send_keys("Finance confirms the rollout budget line")
        Select(driver.find_element(By.ID, "owner")).select_by_value("customer")
        driver.find_element(By.ID, "due").send_keys("2027-02-15")
        driver.find_element(By.CSS_SELECTOR, "form[action$='/steps'] button[type=submit]").click()
        steps = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=steps-h]").text
        check("Finance confirms the rollout budget line" in steps, "the new buying step is on the deal page")

        driver.find_element(By.CSS_SELECTOR, "a[href^='/accounts/']").click()
        WebDriverWait(driver, 15).until(lambda d: "/accounts/" in d.current_url)
        check("Fit with our Ideal Customer Profile" in driver.page_source, "the account page opens from the deal")
        audit(driver, "account")
        account_url = driver.current_url
        driver.find_element(By.LINK_TEXT, "Edit the account").click()
        audit(driver, "account-form")
        driver.get(account_url)
        driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=people-h] a[href$='/edit']").click()
        audit(driver, "stakeholder-form")

        driver.get(base + "/coach")
        driver.find_element(By.ID, "message").send_keys(
            "Hi Ray, just checking in again on the PO. We need it signed by Friday to keep the 8% discount.")
        driver.find_element(By.CSS_SELECTOR, "form.coach-form button[type=submit]").click()
        marks = driver.find_elements(By.CSS_SELECTOR, "#marked-message mark")
        check(len(marks) > 0, f"the coach marks spans in the pasted message ({len(marks)})")
        audit(driver, "coach")

        csv_path = os.path.join(workdir, "export with a bad row.csv")
        with open(csv_path, "w", encoding="utf-8") as handle:
            handle.write("Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date\n")
            handle.write("bt-1,Good row,Beta Mills,Prospecting,5000,1/15/2027\n")
            handle.write("bt-2,Bad amount,Beta Mills,Prospecting,a lot,1/15/2027\n")
        driver.get(base + "/import")
        driver.find_element(By.ID, "file").send_keys(csv_path)
        driver.find_element(By.CSS_SELECTOR, "form[action='/import'] button[type=submit]").click()
        error_table = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=failed-h]").text
        check("Nothing was imported" in error_table and "Amount" in error_table and "3" in error_table,
              "the import shows the bad row's line and column, and stores nothing")
        audit(driver, "import")

        share_plan(driver, options, base)
    finally:
        if driver:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    if failures:
        print(f"\n{len(failures)} browser check(s) failed")
        sys.exit(1)
    print("\nevery browser check passed; screenshots in " + ARTIFACTS)


if __name__ == "__main__":
    main()
