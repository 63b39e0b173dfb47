// A site's navigation copied above a page's headline (title-furniture.ts): "In progress at UNHQ" (the link to the
// day's meetings over every press.un.org release), "You are here" (a breadcrumb's label on intgovforum.org pages),
// "Skip to main content", a language switcher "Available in EnglishEspañol" / "Available in: English Español"
// (cepal.org press releases, under the headline); a web archive's banner over the page it keeps: "Loading media
// information hide" (Archive-It's player line, webarchive.unesco.org copies of UNESCO's news pages); a site's
// motto on every page ("Building peace in the minds of men and women", UNESCO; "Committed to connecting the
// world", ITU), a page's "Go to Top" link; a browser tab's title, the site's
// name and its home page ("OHCHR | Home"); a menu bar of the site's links ("Related Links | Contact Us | Sitemap"
// over an ESCWA newsletter item, 2014) and its locale switch under it ("English (United States) العربية (لبنان)");
// a site builder's "top of page" anchor over a post's headline (a stakeholder's post on the cybercrime Ad Hoc Committee);
// the UN's site-wide greeting, alone or with the section's name after a bar ("Welcome to the United Nations |
// Department of Economic and Social Affairs", the banner over intgovforum.org's pages of 2009–2010 and UN DESA's).
// The press masthead readers (document-press-session.ts,
// document-press.ts) look under such lines too.

const LOCALE =
  '(?:English|Français|French|Español|Spanish|Português|Русский|中文|العربية|Arabic)\\s*\\([^()\\n]{1,30}\\)';
const LINK =
  '(?:Related Links|Contact(?: Us)?|Site ?map|Home|About(?: Us)?|Search|Log ?in|Register|Privacy(?: Policy)?|FAQs?|Help|Feedback|Careers|Terms of Use|Accessibility)';

export const SITE_NAVIGATION = new RegExp(
  /^(?:In progress at UNHQ|You are here|Skip to (?:main )?content|Jump to (?:navigation|content)|Loading media information(?: hide)?|Building peace in the minds of men and women|Committed to connecting the world|Go (?:to )?Top|Top of (?:the )?page|Welcome to the United Nations(?:\s*\|\s*[^|\n]{1,60})?|Available in:?\s*(?:English|Español|Français|Português|Русский|中文|العربية)(?:\s*(?:,|\|)?\s*(?:English|Español|Français|Português|Русский|中文|العربية))*|[^|\n]{1,40}\s\|\s*Home(?:\s+page)?|LINKS)$/.source.replace(
    'LINKS',
    `${LINK}(?:\\s*\\|\\s*${LINK})+|${LOCALE}(?:\\s*${LOCALE})*`,
  ),
  'i',
);

// A menu bar of two links or more alone: "Register | Login", "Related Links | Contact Us | Sitemap".
const MENU_BAR = new RegExp(`^${LINK}(?:\\s*\\|\\s*${LINK})+$`, 'i');

/** Whether `line` is a site's menu bar of links alone (title-issuer-line.ts: the line over it is the site's). */
export const menuBar = (line: string): boolean => MENU_BAR.test(line.trim());

/** Whether `line` is a site's navigation line. */
export const siteNavigation = (line: string): boolean => SITE_NAVIGATION.test(line.trim());
