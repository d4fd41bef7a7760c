"""Per-family cases for the cleaner: lines that must go (with their family) and hard negatives that must stay.

All text here is invented; it follows the shapes of the families, not any data set's strings.
"""
from __future__ import annotations

import pytest

from newsarchive.clean import CleanConfig, clean_article, word_count
from newsarchive.heuristics import BOILERPLATE_FAMILIES, matching_form, split_scans
from newsarchive.model import BlockKind

PROSE = ("The harbour authority said on Tuesday that the new ferry terminal would open in the spring, "
         "after two years of delays caused by flooding and a dispute over the contract.")
PROSE_2 = ("Local traders welcomed the news, although several said the temporary car park had cost them "
           "customers throughout the winter and they wanted compensation from the council.")
PROSE_3 = "A spokeswoman for the operator said timetables would be published next month."


def article(*middle: str, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    lines = ["Ferry terminal to open after delays", *head, PROSE, *middle, PROSE_2, PROSE_3, *tail]
    return "\n\n".join(lines) + "\n"


def removed_families(text: str, config: CleanConfig = CleanConfig()) -> dict[str, str]:
    return {item.line: item.family for item in clean_article(text, config).removed}


def kept_texts(text: str, config: CleanConfig = CleanConfig()) -> list[str]:
    return [block.text for block in clean_article(text, config).blocks]


MIDDLE_REMOVALS = [
    ("navigation", "Skip to main content"),
    ("navigation", "Home > News > Harbour"),
    ("navigation", "Show 14 more updates"),
    ("cross_link", "• Read also: Lighthouse keeper retires after forty years"),
    ("cross_link", "SEE ALSO: Bridge tolls to rise in April"),
    ("cross_link", "Related: Council approves harbour budget"),
    ("cross_link", "MORE: Storm closes coastal road"),
    ("cross_link", "Don't miss: Fishing fleet returns early"),
    ("advertisement", "ADVERTISEMENT"),
    ("advertisement", "Story continues below advertisement"),
    ("advertisement", "— Advertisement —"),
    ("advertisement", "Scroll to continue with content"),
    ("promo", "CLICK HERE TO GET THE COASTAL TIMES APP"),
    ("promo", "Sign up for our free weekly harbour newsletter"),
    ("promo", "Subscribe to The Coastal Times for unlimited access"),
    ("promo", "Download the Harbour Radio app for live updates"),
    ("promo", "Listen to Morning Tide live at 7am weekdays - or catch up here."),
    ("promo", "Follow Coastal Times on Facebook, Instagram and Threads."),
    ("share_widget", "Share this article"),
    ("share_widget", "Facebook Twitter WhatsApp Email"),
    ("share_widget", "Click to share on LinkedIn (Opens in new window)"),
    ("share_widget", "Like Loading..."),
    ("share_widget", "Telegram"),
    ("caption", "Image copyright Harbour Photos Image caption"),
    ("caption", "Jane Roe/Coastal Press/Getty Images"),
    ("caption", "(Sam Poe / Associated Press)"),
    ("caption", "(Photo credit: Coastal Times/Harbour Board)"),
    ("caption", "Scroll down for video"),
    ("caption", "hide caption toggle caption"),
    ("legal_notice", "Privacy Policy"),
    ("legal_notice", "Terms and Conditions"),
    ("legal_notice", "We use cookies to give you the best experience on our website."),
    ("comments", "Comments (12)"),
    ("comments", "Leave a comment"),
    ("timestamp", "Last updated: Tuesday 3 March 2020, 10:15 GMT"),
    ("bare_url", "https://coastal.example.com/news/ferry-terminal-12345"),
]

TAIL_REMOVALS = [
    ("copyright", "Copyright 2021 Coastal Media Group. All rights reserved."),
    ("copyright", "© 2020 Harbour News Ltd"),
    ("copyright", "This material may not be published, broadcast, rewritten or redistributed without permission."),
    ("wire_trailer", "Our Standards: The Harbour Wire Trust Principles."),
    ("wire_trailer", "More AP hockey: https://apnews.com/hockey"),
    ("agency_credit", "Reporting by Ann Lee; Editing by Tom Park"),
    ("agency_credit", "Harbour Wire reporter Jo Grey contributed to this report."),
    ("comments", "Comments are closed."),
    ("comments", "Notify me of new comments via email."),
    ("comments", "You must be logged in to post a comment."),
    ("tag_list", "Filed under: Ferries, Transport, Harbour"),
    ("tag_list", "Tags: ferry, terminal, council"),
    ("author_contact", "Write to Ann Lee at ann.lee@example.com"),
    ("reading_time", "6 min read"),
    ("press_release_notes", "Notes to editors"),
]

HEAD_REMOVALS = [
    ("byline", "By Ann Lee and TOM PARK"),
    ("byline", "By Jo Grey, Coastal Times"),
    ("byline", "By Sam Poe - 03/04/21 09:15 AM EST"),
    ("byline", "Harbour Wire March 3, 2021, 9:02 AM"),
    ("timestamp", "Updated: Wed 9:41 AM, Mar 3, 2021"),
    ("timestamp", "Published 3 March 2021 / Updated 4 March 2021"),
    ("timestamp", "Updated 40 minutes ago"),
    ("reading_time", "Reading time: 4 minutes"),
    ("kicker", "LIVE"),
]


# Variants of the families' shapes: other separators and markers, typographic apostrophes,
# invisible characters, Markdown or brackets around the line, other wordings of the same call.
MIDDLE_VARIANTS = [
    # session 13 (blind audit 21): more markers, languages and decorations of the same shapes
    ("cross_link", "Previously: Harbour board approves ferry budget"),
    ("cross_link", "Catch up: What we know about the quay closure"),
    ("cross_link", "You may have missed: Lighthouse reopens to visitors"),
    ("cross_link", "[ MORE ] Harbour pilots vote to strike"),
    ("cross_link", "Picked for you: Ten walks along the old docks"),
    ("advertisement", "Sponsored stories by Outbrain"),
    ("advertisement", "Annonce"),
    ("advertisement", "Advertisement loading..."),
    ("advertisement", "▲ Advertisement ▲"),
    ("promo", "Newsletter: Harbour news in your inbox every Friday"),
    ("share_widget", "Audio was produced with AI and may include mistakes."),
    ("share_widget", "Listen to this article (6 minutes)"),
    ("promo", "Read the story in the app for the full experience"),
    ("share_widget", "[Facebook] [WhatsApp] [Mail]"),
    ("share_widget", "Follow the reporter"),
    ("copyright", "Reproduction without prior written permission is strictly prohibited."),
    ("copyright", "©️ 2025 Harbour Media Group"),
    ("caption", "Bild: Harbour Archive"),
    ("comments", "+ Add a comment"),
    ("comments", "Laisser un commentaire"),
    ("comments", "Comments that breach our guidelines will be deleted."),
    ("comments", "Should the ferry run all night? Post your views below."),
    ("tag_list", "[Ferries] [Harbour] [Transport]"),
    ("tag_list", "Popular topics: #Ferries #Harbour"),
    ("tag_list", "Browse by topic: Transport"),
    ("legal_notice", "Code of ethics · Complaints"),
    ("legal_notice", "Data protection declaration"),
    ("legal_notice", "Notice at collection"),
    # session 13 (blind audits 23 and 24)
    ("advertisement", "Story continues below the advert"),
    ("advertisement", "Advertorial"),
    ("advertisement", "AD ⓘ"),
    ("caption", "Photo used for representative purpose only."),
    ("caption", "(Representative photo)"),
    ("caption", "Pic: Harbour Archive/Ann Lee"),
    ("caption", "⤢ Expand image"),
    ("caption", "(Handout via Northport Coastguard)"),
    ("comments", "Log in to join the conversation"),
    ("comments", "Comments are pre-moderated and may take a while to appear."),
    ("comments", "Type your comment here"),
    ("comments", "This conversation is now closed to new replies."),
    ("comments", "Display name must be unique."),
    ("comments", "All comments are subject to moderation."),
    ("comments", "We reserve the right to delete comments that are off topic."),
    ("comments", "Comment threads may be closed without notice."),
    ("comments", "Show 3 replies"),
    ("comments", "Your email (required)"),
    ("comments", "The comments section on this article is now closed."),
    ("comments", "Flag as offensive"),
    ("comments", "Recommended by 9 readers"),
    ("comments", "Comments reflect the views of their authors only."),
    ("share_widget", "❤ Like · 💬 Reply · Share"),
    ("share_widget", "Text size A A A"),
    ("share_widget", "Share with your friends"),
    ("promo", "Follow us on Bluesky"),
    ("share_widget", "Shares: 3.4K"),
    ("promo", "Add Harbour Daily as a preferred source on Google"),
    ("promo", "Scan the QR code to get the app"),
    ("promo", "Our reporting depends on readers like you. Give today."),
    ("promo", "Chip in to keep the Courier free"),
    ("promo", "If you value our journalism, please consider a donation."),
    ("promo", "Get unlimited access for £1 a week"),
    ("promo", "Watch Harbour TV News on Roku and Apple TV"),
    ("promo", "Harbour News, streaming free 24/7"),
    ("promo", "Listen: the latest episode of Harbour Talk"),
    ("promo", "Prefer to listen? Press play above."),
    ("promo", "Hear this article read aloud (3 min)"),
    ("promo", "Puzzles and newsletters: try Plus free for 30 days."),
    ("promo", "Text FERRY to 80800 for sailing alerts."),
    ("promo", "Join 12,000 readers of our Friday briefing."),
    ("promo", "Digital subscriptions from £2 a month."),
    ("promo", "See all subscription options"),
    ("promo", "Sign in with Google · Sign in with Apple"),
    ("promo", "Sign up for the Harbour Brief: the morning's news in three minutes."),
    ("copyright", "All content on this website is protected by copyright."),
    ("legal_notice", "Disclaimer: views are the author's own."),
    ("legal_notice", "The views expressed do not necessarily reflect the policy of Harbour Daily."),
    ("legal_notice", "This article is not investment advice."),
    ("legal_notice", "This site is governed by the laws of England and Wales."),
    ("legal_notice", "We value your privacy"),
    ("legal_notice", "Imprint | Data protection | Accessibility"),
    ("legal_notice", "[Privacy] We and our partners use cookies and device data."),
    ("legal_notice", "[Consent] Reject all"),
    ("legal_notice", "Reject non-essential cookies"),
    ("legal_notice", "We've updated our privacy policy."),
    ("legal_notice", "Modern Slavery Statement"),
    ("legal_notice", "Got it!"),
    ("tag_list", "[Topics] ferries, harbour"),
    ("tag_list", "Published under: ferries, harbour"),
    ("tag_list", "Keywords » ferries, harbour"),
    ("tag_list", "Topics in this article: ferries, harbour"),
    ("tag_list", "🏷️ ferries, harbour, tides"),
    ("tag_list", "See more stories about: ferries, harbour"),
    ("paywall", "🔒 This article is locked"),
    ("paywall", "Your preview has ended."),
    ("paywall", "Subscribers can read this article in full after signing in."),
    # session 13 (blind audit 25): big outlets' furniture
    ("advertisement", "This article is sponsored"),
    ("advertisement", "Stories from our partners"),
    ("caption", "Error loading media"),
    ("comments", "Show conversation"),
    ("comments", "Post a comment"),
    ("comments", "Most replied"),
    ("comments", "Newest Oldest Most liked"),
    ("legal_notice", "Accessibility Help"),
    ("legal_notice", "Harbour Radio is not responsible for the content of external internet sites"),
    ("copyright", "Part of the Harbour Daily & Northport Post Media Group"),
    ("cross_link", "Harbour latest: Ferry crews vote on new rota"),
    ("cross_link", "WATCH NOW: Storm waves hit the old harbour wall at high tide"),
    ("cross_link", "BIG WAVES Harbour surfers ride the biggest swell in ten years"),
    ("cross_link", "EXPLAINER: Why the ferry fares keep rising every spring"),
    ("cross_link", "FERRY CREWS WALK OUT OVER NEW ROTA AS TALKS COLLAPSE AGAIN"),
    ("paywall", "Become a Harbour Daily subscriber to keep reading"),
    ("paywall", "This article is from Harbour+"),
    ("promo", "Registration is a free way to support our reporting"),
    ("promo", "Be the first to know"),
    ("promo", "Turn on notifications for breaking news"),
    ("promo", "Get your daily dose of the latest news and analysis"),
    ("promo", "Try the Courier free for 1 month with full access."),
    ("promo", "skip past newsletter promotion"),
    ("share_widget", "Social Sharing"),
    ("tag_list", "Tags ferry fares Harbour Council"),
    # session 13 (blind audits 27 and 28)
    ("advertisement", "Why this ad?"),
    ("advertisement", "Ad closed by Google"),
    ("advertisement", "Presented by Harbour Bank"),
    ("advertisement", "The article continues after this message from our sponsors"),
    ("caption", "Handout / Northport Coastguard"),
    ("comments", "Show 8 responses"),
    ("comments", "Any thoughts? Let us know in the comments."),
    ("comments", "Replies are moderated before they appear."),
    ("comments", "Powered by Disqus"),
    ("comments", "Reactions are now closed"),
    ("comments", "Hide the comments section"),
    ("cross_link", "Also from the newsdesk: Ferry fares to rise in spring"),
    ("legal_notice", "Manage consent"),
    ("legal_notice", "California residents: your privacy choices"),
    ("paywall", "Subscriber exclusive: register to read on"),
    ("paywall", "Read the full story in our digital edition."),
    ("paywall", "The article is behind a paywall."),
    ("promo", "Press play to hear this story"),
    ("share_widget", "Follow topic"),
    ("share_widget", "Share this update"),
    ("share_widget", "Copy link to this post"),
    ("tag_list", "Topics mentioned: ferries, tides"),
    ("recirculation_block", "Popular right now"),
    # session 13 (blind audit 29)
    ("recirculation_block", "From around the web"),
    ("recirculation_block", "What others are reading"),
    ("advertisement", "ADVERTISMENT"),
    ("advertisement", "Skip advert"),
    ("caption", "[Image]"),
    ("comments", "Commenting is now closed"),
    ("comments", "The views expressed in the comments are the readers' own."),
    ("paywall", "Sorry, the full article is only available to registered readers."),
    ("promo", "Try Harbour Plus for 14 days"),
    ("promo", "Download the podcast from our app"),
    ("promo", "Watch the highlights on our YouTube channel"),
    ("promo", "Never miss a story: turn on alerts"),
    ("legal_notice", "Privacy: how we use your data"),
    ("share_widget", "E-mail this to a friend"),
    ("tag_list", "In this story: Ferries, Tides"),
    ("cross_link", "Also read - Why the ferry fares keep rising"),
    ("cross_link", "Read more — Gales close the northern pier"),
    ("cross_link", "READ MORE > Gales close the northern pier"),
    ("cross_link", "Read more → Gales close the northern pier"),
    ("cross_link", "Read more... Gales close the northern pier"),
    ("cross_link", "Read more： Gales close the northern pier"),
    ("cross_link", "➤ Read more: Gales close the northern pier"),
    ("cross_link", "DON’T MISS: Lifeboat crew honoured"),
    ("cross_link", "Editor’s pick: Lifeboat crew honoured"),
    ("cross_link", "Read more about: Northport harbour"),
    ("cross_link", "Further reading: Lifeboat crew honoured"),
    ("cross_link", "More stories: Lifeboat crew honoured"),
    ("cross_link", "RELATED VIDEO: Lifeboat crew honoured"),
    ("cross_link", "IN PICTURES: Storm over Northport"),
    ("cross_link", "Lesen Sie auch: Fähre fällt aus"),
    ("cross_link", "Читайте также: Паром отменён"),
    ("cross_link", "(Read more: Lifeboat crew honoured)"),
    ("cross_link", "[Related: Lifeboat crew honoured]"),
    ("cross_link", "_Read more: Lifeboat crew honoured_"),
    ("cross_link", "Read\u200b more: Lifeboat crew honoured"),
    ("advertisement", "[Advertisement]"),
    ("advertisement", "## Advertisement"),
    ("advertisement", "Advertisement · Scroll to continue"),
    ("advertisement", "The story continues below the advertisement"),
    ("advertisement", "Sponsored by Northport Building Society"),
    ("advertisement", "Why am I seeing this ad?"),
    ("caption", "Jo Grey / AFP via Getty Images"),
    ("caption", "AP Photo/Jo Grey"),
    ("caption", "(Reuters/Jo Grey)"),
    ("caption", "Jo Grey/Coastal Times"),
    ("caption", "Credit...Jo Grey for Coastal Times"),
    ("caption", "Photo illustration by Jo Grey"),
    ("caption", "Courtesy of Northport Council"),
    ("caption", "Media playback is unsupported on your device"),
    ("caption", "Reuters"),
    ("caption", "Crews cleared the road on Tuesday. Photo: AFP"),
    ("promo", "Get the Harbour Briefing in your inbox"),
    ("promo", "Don’t miss out on the latest news – subscribe to our newsletter"),
    ("promo", "Join our WhatsApp channel for breaking news"),
    ("promo", "Please enter a valid email address"),
    ("promo", "By signing up, you agree to our terms."),
    ("promo", "Have a news tip? Email us at tips@example.com"),
    ("promo", "Watch the full interview above."),
    ("share_widget", "Share full article"),
    ("share_widget", "Link copied to clipboard"),
    ("legal_notice", "About Us | Contact Us | Privacy Policy"),
    ("legal_notice", "Please enable JavaScript to view this content."),
    # calls to action behind a teaser, an emoji or a question; cross-links with other markers
    ("cross_link", "You might also enjoy: Six harbour walks for winter"),
    ("cross_link", "Read also 👉 Ferry fares frozen for a year"),
    ("cross_link", "También te puede interesar: Suben las tarifas del ferry"),
    ("advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE"),
    ("advertisement", "Advertisement Story continues below"),
    ("advertisement", "[ad_3]"),
    ("advertisement", "Werbung"),
    ("promo", "Short on time? Get the Harbour Briefing every morning"),
    ("promo", "Found this useful? Please support the Coastal Times."),
    ("promo", "Breaking news, first. Subscribe to Coastal Alerts today"),
    ("promo", "Never miss a sailing: join our Telegram channel"),
    ("promo", "Get the morning headlines sent straight to your inbox"),
    ("promo", "📲 Download the Coastal Times app"),
    ("promo", "Catch the whole debate on our YouTube channel"),
    ("promo", "Hear more from the crew on the Tideline podcast"),
    ("share_widget", "🔗 Copy article link"),
    ("caption", "Crews cleared the road on Tuesday. (AP Photo/Jo Grey)"),
    ("caption", "Crews cleared the road on Tuesday. Picture / Supplied"),
    ("caption", "FILE PHOTO: The Northport ferry terminal, March 3, 2021. REUTERS/Jo Grey/File Photo"),
    ("caption", "(Courtesy of the Northport Lifeboat Trust)"),
    ("caption", "Loading video player..."),
    ("caption", "Image source, Harbour Photos"),
    ("caption", "The lifeboat returns to Northport on Sunday (Image: Harbour Photos)"),
    ("caption", "Harbour master Ann Lee. Picture by Jo Grey"),
    ("caption", "Passengers queue at the terminal on Friday. | Photo Credit: JO GREY"),
    ("caption", "Harbour Photos via Getty Images"),
    ("caption", "View image in fullscreen"),
    ("legal_notice", "If you buy through links in this article, we may earn a small commission."),
    ("legal_notice", "Privacy & Cookies: this site uses cookies to remember your settings."),
    ("share_widget", "Powered by Trinity Audio"),
    ("share_widget", "👍 58 | 💬 12"),
    ("promo", "Sign up to Morning Tide"),
    ("promo", "Subscribe | Log in"),
    ("promo", "Listen to Harbour Hour on BBC Sounds."),
    ("promo", "Get every big story from the coast sent straight to your inbox by signing up to our newsletter here."),
    ("promo", "Were you on the ferry? Share your experiences by emailing tips@example.com."),
    ("caption", "This video cannot be played"),
    ("caption", "Reuters Graphics"),
    ("caption", "A puffin on the north cliffs. Credit: Northport Bird Trust"),
    ("caption", "THE CANADIAN PRESS/Jo Grey"),
    ("advertisement", "Scroll to keep reading"),
    ("wire_trailer", "Purchase Licensing Rights"),
    ("wire_trailer", "Find more of AP’s coverage of ferries at https://apnews.com/hub/ferries"),
    ("advertisement", "Advertisement 3"),
    ("advertisement", "Sponsored Links by Outbrain"),
    ("caption", "(Courtesy of the Grey family)"),
    ("caption", "Video duration 01 minutes 12 seconds"),
    ("caption", "Volunteers clear the beach on Sunday. HT PHOTO: JO GREY"),
    ("caption", "The new ferry leaves Northport on Monday. (Kyodo)"),
    ("caption", "Crews fight the fire at the quay. Photo credit: Pool | Harbour Media"),
    ("recirculation_block", "In this article:"),  # opens the list of topics on the lines below
    # session 12: outlets around the English-speaking world (blind audit 8), live pages (audit 9)
    ("advertisement", "This ad is still loading; the article carries on below."),
    ("advertisement", "Ad · Sponsored post"),
    ("advertisement", "advt"),
    ("caption", "Ferry crews rehearse the evacuation drill at dawn. (Supplied: Northport Harbour Trust)"),
    ("caption", "The harbour master inspects the breakwater. (Courtesy of the Lund family)"),
    ("caption", "Divers check the hull in the dry dock. (Ann Lee/Coastline Images)"),
    ("caption", "Northport's captain lifts the shield. (NPL)"),
    ("caption", "The quay after the storm surge on Friday. - File photo"),
    ("caption", "File photo of the Northport ferry terminal."),
    ("caption", "Duration 3:05"),
    ("caption", "Regatta photos: Ann Lee / Coastline Images"),
    ("cross_link", "Also check out >> Ten things to do in Northport this weekend"),
    ("cross_link", "Also Watch: How harbour pilots train for storms"),
    ("cross_link", "MORE FERRY COVERAGE ⟶ Night sailings cut as fuel costs rise"),
    ("promo", "Breaking news on WhatsApp: tap to follow our channel 🟢"),
    ("promo", "📲 Send your photos and videos to our newsroom on WhatsApp: +44 7000 000000"),
    ("promo", "Sign up for push notifications and get the morning's top stories sent to your phone"),
    ("promo", "Get the free weekly ferry briefing read by 9,000 mariners ➔ Subscribe"),
    ("promo", "Tap the 🔔 icon to get harbour news alerts"),
    ("promo", "Get the Northport ePaper on your tablet — every page, every morning."),
    ("share_widget", "Share this story: Facebook | X | WhatsApp | Email"),
    ("share_widget", "Share this article: Facebook | X | Beacon | Email"),  # a network the table does not know
    ("share_widget", "Share on Facebook Share on X Share by email"),
    ("share_widget", "Kindly share this story:"),
    ("share_widget", "Share this article: 🔗 📘 ✉️"),
    ("share_widget", "♡ 12 · 💬 3 · ↻ Share"),
    ("share_widget", "🔗 Copy URL"),
    ("share_widget", "SHARE THIS ARTICLE ↓"),
    ("share_widget", "Log in or register to save stories for later."),
    ("share_widget", "Was this article helpful?"),
    ("share_widget", "Learn about our standards, opens new tab"),
    ("share_widget", "🎧 Listen to this article · 4 min"),
    # session 12, blind audit 10: wordings of mainstream US and UK sites
    ("advertisement", "Advertisement - Content Continues Below"),
    ("advertisement", "AdvertisementHide Ad"),
    ("advertisement", "Advert - article continues below"),
    ("advertisement", "Story continues after sponsor message"),
    ("advertisement", "Sponsored by"),
    ("caption", "Ferry passengers wait at the quay. Ann Lee for The Northport Post hide caption"),
    ("caption", "VIDEO02:48"),
    ("caption", "Enlarge / The new ferry leaves the dry dock."),
    ("caption", "Illustration by The Northport Post. Sources: Getty."),
    ("caption", "Photo-Illustration: Post Staff; Getty Images"),
    ("caption", "The harbour master waves to the crowd in Northport (PA Wire)"),
    ("caption", "Crews repaint the ferry in dry dock. (Ann Lee for The Northport Post)"),
    ("caption", "Ann Lee/Staff photographer"),
    ("caption", "Scroll down to watch the video"),
    ("cross_link", "MORE FERRIES: How the night boat won back its passengers"),
    ("cross_link", "Go deeper: Northport's harbour budget doubles"),
    ("cross_link", "Related article Harbour pilots win pay rise after strike"),
    ("cross_link", "[ Northport's ferry fares rise for the third year ]"),
    ("promo", "Listen and subscribe to Harbour Radio for the latest news"),
    ("promo", "Get our free Northport Morning email"),
    ("promo", "Get the Northport Post's free daily newsletter"),
    ("promo", "Keep up with all the latest news from the coast by following Harbour News"),
    ("promo", "Want a quick briefing on the day's news? Listen to our latest podcasts"),
    ("promo", "Watch Harbour TV News for free on your streaming device"),
    ("promo", "Support smart, independent local news."),
    ("promo", "Harbour Radio relies on your support. Donate today."),
    ("promo", "Join the Northport Post's Rovers WhatsApp group for match updates"),
    ("promo", "Stream every match with a monthly pass. No contract, cancel anytime."),
    ("reading_time", "4-Minute Listen"),
    ("share_widget", "Facebook Share Button"),
    ("share_widget", "Facebook share link Twitter share link"),
    ("share_widget", "Share All sharing options"),
    ("share_widget", "Gift this article free"),
    ("share_widget", "Copy Link URL Copied!"),
    ("share_widget", "Failed to save article"),
    ("legal_notice", "Terms of Use | Privacy Policy | Your State Privacy Rights | Interest-Based Ads"),
    ("legal_notice", "Do Not Sell my Personal Information - New Terms of Use - FAQ"),
    ("legal_notice", "If you buy a product through a link on our site, we may receive compensation."),
    ("legal_notice", "Editorial Standards"),
    ("comments", "12 Comments / 12 New"),
    ("comments", "Reader comments 12"),
    ("comments", "Promoted Comments"),
    ("comments", "Join our commenting forum"),
    ("comments", "Comment on this story"),
    # session 12, blind audits 12 (US sites) and 13 (sites outside the US)
    ("advertisement", "TEXT AD: Call Harbour Taxis - +44 7000 000000"),
    ("advertisement", "Sponsor Message"),
    ("caption", "Smoke could be seen from the quay on Thursday.(Harbour Radio: Ann Lee)"),
    ("caption", "The ferry terminal on Quay Street in Northport. Ann Lee/The Northport Post"),
    ("caption", "The ferry terminal on Quay Street. Ann P. Lee, Northport Post"),
    ("caption", "The metro works near the quay. (Post Photo by Ann Lee)"),
    ("caption", "Families arrive at the harbour in January [File: AFP]"),
    ("caption", "[1/3] Ferries wait in the harbour. REUTERS/Ann Lee/File Photo Purchase Licensing Rights, opens new tab"),
    ("caption", "Patients wait at the clinic in Northport. | Photo | Ann Lee | Harbour Media"),
    ("caption", "+5 View gallery"),
    ("caption", "Post file photo used for illustrative purposes"),
    ("caption", "Open this photo in gallery:"),
    ("caption", "Media Video | Harbour News : Drivers stranded as storm closes the coast road"),
    ("caption", "Some content could not be displayed. Please see the original article."),
    ("caption", "Ferry crews at work on the quay. Mandatory Credit: Ann Lee-Harbour Images"),
    ("caption", "Video Now Playing"),
    ("comments", "The comments below have not been moderated."),
    ("comments", "Report this comment Cancel"),
    ("comments", "Start a Conversation"),
    ("comments", "Please log in or register with us to comment"),
    ("comments", "Our Comments Policy"),
    ("comments", "Please note you must be a Harbour Insider to comment."),
    ("comments", "Comments have to be in English, and in full sentences. They cannot be abusive."),
    ("comments", "34 View comments"),
    ("legal_notice", "Corrections and clarifications|Submit a news tip|Report error"),
    ("legal_notice", "Report an editorial error"),
    ("legal_notice", "For feedback, complaints, or inquiries, contact us."),
    ("legal_notice", "Support us | Policies & Ethics | Error/typo? | Contact Us | Newsletter | Apps"),
    ("legal_notice", "Harbour Radio is a registered trademark of Northport Media Inc."),
    ("legal_notice", "Privacy Dashboard"),
    ("promo", "Find the Northport Post on WhatsApp and stay up to date"),
    ("promo", "Stay up-to-date on the latest news by downloading the Harbour News app."),
    ("promo", "NEWYou can now listen to Harbour News articles!"),
    ("promo", "Get the Harbour Health newsletter, with tips on your well-being, delivered weekly."),
    ("promo", "Got a confidential news tip? We want to hear from you."),
    ("promo", "Readers like you are keeping these stories free for everyone..."),
    ("promo", "Good journalism costs a lot of money."),
    ("promo", "Donate"),
    ("promo", "Daily newsletterReceive the essential harbour news every morning"),
    ("promo", "Follow Harbour News English:"),
    ("promo", "Our morning email breaks down the key stories of the day"),
    ("promo", "Try 1 month for £1"),
    ("promo", "Thank you for relying on us. Please consider supporting us with a subscription."),
    ("recirculation_block", "Visual Stories"),
    ("recirculation_block", "READ MORE POST STORIES"),
    ("recirculation_block", "Featured Video Of The Day"),
    ("recirculation_block", "Our Latest Sailing Stories"),
    ("recirculation_block", "More Must-Reads from Harbour Weekly"),
    ("recirculation_block", "Suggested Topics:"),
    ("share_widget", "Normal text size Larger text size Very large text size"),
    ("share_widget", "Follow related authors and topics"),
    ("share_widget", "Sign in to save"),
    ("share_widget", "BACK TO TOP"),
    ("share_widget", "To embed this post, copy the code below on your site"),
    ("share_widget", "More ways to share: Bluesky · Threads · Copy"),
    ("tag_list", "TAGS ferries harbour Northport storms"),
    # session 12, blind audit 14: what scrapers and corpora carry
    ("navigation", "Home › Northport News › Ferries"),
    ("navigation", "Skip next section More from Harbour Radio"),
    ("navigation", "Auto-refresh is ON"),
    ("navigation", "Open in App"),
    ("share_widget", "Facebook Twitter Weibo"),
    ("share_widget", "Instagram : @harbournews"),
    ("share_widget", "Skip twitter post by Northport Coastguard"),
    ("share_widget", "pic.twitter.com/Ab12Cd34Ef"),
    ("share_widget", "View this post on Instagram"),
    ("share_widget", "Share this live blog"),
    ("caption", "Representational image (HNS)"),
    ("caption", "Tap to unmute"),
    ("caption", "If playback doesn't begin shortly, try restarting your device."),
    ("promo", "Don't miss the day's news. Get it on our Telegram channel"),
    ("promo", "Send us your photos and videos at news@example.org"),
    ("paywall", "To continue enjoying the full article, please subscribe."),
    ("paywall", "Subscribers can read the rest of this exclusive story"),
    # session 12, blind audits 16 (lines injected as an evaluation set would be) and 17 (magazine and lifestyle sites)
    ("advertisement", "$328 at Harbour Store"),
    ("advertisement", "Buy it: £68 at Quay Stores"),
    ("advertisement", "Check price at Harbour Store"),
    ("advertisement", "Advertisement · Recipe continues below"),
    ("advertisement", "Continue reading after this ad"),
    ("advertisement", "Recommended by Outbrain"),
    ("advertisement", "Article content continued"),
    ("advertisement", "Loading ad..."),
    ("cross_link", "Keep reading: The quiet collapse of the harbour's high street"),
    ("cross_link", "ICYMI: Ferry fares rise for the third year"),
    ("cross_link", "FROM THE ARCHIVE: How the 1987 storm hit the harbour"),
    ("cross_link", "Related Harbour ferry review: the big one"),
    ("cross_link", "Read our full Northport travel guide"),
    ("recirculation_block", "MORE ROYAL NEWS"),
    ("recirculation_block", "More house tours"),
    ("recirculation_block", "Top Headlines"),
    ("recirculation_block", "Elsewhere on the site"),
    ("recirculation_block", "MUST READS"),
    ("recirculation_block", "Related Tags"),
    ("legal_notice", "Heads up: every product here is chosen by our editors. We may get a cut of sales from links on this page."),
    ("legal_notice", "Prices accurate at time of publication."),
    ("legal_notice", "Terms and conditions apply."),
    ("legal_notice", "This article is for information only and does not constitute medical advice."),
    ("legal_notice", "18+ Gamble responsibly. BeGambleAware.org. T&Cs apply."),
    ("legal_notice", "All quotes delayed a minimum of 15 minutes."),
    ("legal_notice", "We and our partners store and/or access information on a device, such as cookies."),
    ("legal_notice", "Privacy & Cookies"),
    ("caption", "Photography: Ann Lee"),
    ("caption", "Recipe by Ann Lee"),
    ("caption", "Ferry crews at the quay. Photo by: Ann Lee / Harbour Images"),
    ("caption", "The lamp room at Cape Sorrow. Photograph by Ann Lee for The Harbour Review"),
    ("caption", "FILE - A storm approaches the coast of Northport, Aug. 29, 2023. (Harbour Agency via AP, File)"),
    ("caption", "Pictured: Rescue workers at the quay on Thursday morning"),
    ("promo", "Made this recipe? Tag me on Instagram @harbourkitchen so I can see!"),
    ("promo", "Want more? Unlock every travel review with Harbour Premium"),
    ("promo", "Join our Harbour Forums to keep talking ferries!"),
    ("promo", "Watch the full interview on HarbourTV"),
    ("comments", "Join the debate – Post your comment"),
    ("comments", "Conversation (214)"),
    ("comments", "Discuss this story in our forums"),
    ("comments", "Commenting on this article has ended"),
    ("comments", "Jump to comments"),
    ("comments", "Most Voted Comments"),
    ("comments", "comments powered by Disqus"),
    ("share_widget", "Share this interview"),
    ("share_widget", "Add to Flipboard Magazine."),
    ("share_widget", "Copy Link URL"),
    ("copyright", "Provided by University of Northport"),
    ("copyright", "Copyright (2024) Harbour Media. Click for restrictions."),
    ("tag_list", "Topics Covered: Ferries, Harbour"),
    ("tag_list", "In this article: NPF, HRB"),
    ("wire_trailer", "Sources: Reuters, AFP, AP"),
    ("paywall", "Only available for premium members."),
    # session 12, blind audit 18: furniture in decoration (bullets, arrows, emoji, brackets, bold, non-breaking spaces)
    ("advertisement", "➤ [ sponsored ad ] >>"),
    ("advertisement", "**[ADVERTISING FEATURE]**"),
    ("advertisement", "ADVERTISEMENT • KEEP SCROLLING TO CONTINUE"),
    ("caption", "» Photo: AFP →"),
    ("caption", "* (AP Photo/Ann Lee)"),
    ("comments", "· Comments (4) ›"),
    ("comments", "Load more comments"),
    ("comments", "Reply to this comment"),
    ("legal_notice", "Consent Preferences"),
    ("legal_notice", "OPT OUT OF PERSONALISED ADVERTISING..."),
    ("copyright", "🔥 THIS CONTENT IS COPYRIGHT PROTECTED."),
    ("copyright", "— republication or redistribution of this content is expressly prohibited without prior written consent."),
    ("cross_link", "→ In case you missed it: Heatwave warnings issued for five regions"),
    ("promo", "Enjoy unlimited digital access for just $1 a week"),
    ("promo", "» [Download our free podcast]"),
    ("tag_list", "✉️ ARTICLE TAGS: FERRIES, STRIKE"),
    ("recirculation_block", "Around the region"),
    ("recirculation_block", "» *What's Hot*"),
    ("paywall", "✉️ this article is for subscribers only."),
    ("paywall", "This is premium content. Log in to read it."),
    ("wire_trailer", "_This story was provided by Harbour Wire._"),
    # blind audit 19: small sites and publishing systems
    ("recirculation_block", "« Previous"),
    ("recirculation_block", "Older Post"),
    ("recirculation_block", "Post navigation"),
    ("recirculation_block", "Recent Posts"),
    ("cross_link", "« Previous Post: Harbour board approves ferry budget"),
    ("cross_link", "Next Post: Rovers fall in the cup »"),
    ("cross_link", "← Harbour board approves ferry budget"),
    ("navigation", "Hits: 312"),
    ("share_widget", "Print Friendly, PDF & Email"),
    ("share_widget", "12 Likes · 2 Restacks"),
    ("share_widget", "One blogger likes this."),
    ("share_widget", "Facebook0"),
    ("comments", "Discussion about this post"),
    ("comments", "47 views0 comments"),
    ("comments", "Log in or register to post comments"),
    ("comments", "PLEASE TURN OFF YOUR CAPS LOCK."),
    ("promo", "Donate to support harbour reporting"),
    ("promo", "Harbour Notes is a reader-supported publication. Consider becoming a free or paid subscriber."),
    ("promo", "Type your email…"),
    ("legal_notice", "Privacy ∙ Terms ∙ Collection notice"),
    ("legal_notice", "Proudly powered by Newspack by Automattic"),
    ("legal_notice", "Theme by Ann Lee"),
    ("caption", "Pupils at the harbour school, spring 1941. Photo courtesy of the Lund family."),
    ("caption", "Ann Lee stands behind the counter of her shop. Staff photo by Tom Park"),
    ("tag_list", "Labels: ferries, harbour history"),
    ("tag_list", "Tagged Harbour Police, police log"),
    ("paywall", "Create an account to read the full story."),
    ("advertisement", "Story continues beneath"),
    ("advertisement", "Place your advert here"),
    ("caption", "Source: Shutterstock"),
    ("comments", "↳ Reply to this post"),
    ("cross_link", "Dig deeper: Harbour board approves ferry budget"),
    ("share_widget", "Save this story to your reading list"),
    ("advertisement", "Advertiser content"),
    ("advertisement", "Rest of the story below the advertisement"),
    ("caption", "PA Images/Ann Lee"),
    ("cross_link", "Full coverage: Harbour board approves ferry budget"),
    ("promo", "Join today from £2 a month"),
    ("promo", "Subscribe for only $3 per week"),
    ("promo", "Listen to Harbour FM at 8am for the full interview"),
    ("advertisement", "Adverts"),
    ("advertisement", "• AdChoices"),
    ("caption", "PICTURE | FILE | HARBOUR MEDIA"),
    ("caption", "— APP Photo"),
    ("cross_link", "Analysis: Why ferry fares keep rising every spring"),
    ("advertisement", "Paid partnership"),
    ("caption", "Picture gallery [22 photos]"),
    ("cross_link", "Elsewhere on the website: Harbour board approves ferry budget"),
    ("promo", "Video: the highlights of Saturday's regatta"),
    ("legal_notice", "Accept cookies | Manage settings"),
    ("caption", "(Harbour Times photo)"),
    ("caption", "KHBR file picture"),
    ("caption", "Courtesy: a reader"),
    ("caption", "Ferries wait out the storm at the north quay. KHBR/Ann Lee"),
    ("caption", "Ferries wait out the storm at the north quay. (Harbour Times file photo)"),
    ("caption", "Ferries wait out the storm. Photo by Ann Lee | Harbour Times"),
    ("caption", "📷 Ferries wait out the storm at the north quay"),
    ("advertisement", "Video ad feedback"),
    ("advertisement", "Support for Harbour Radio comes from Dunmore Dental"),
    ("advertisement", "Tonight's forecast is sponsored by Harbour Motors"),
    ("advertisement", "Ads by Harbour Money. We may be compensated if you click these ads."),
    ("comments", "12 comments so far"),
    ("comments", "Member discussion"),
    ("comments", "Log in or create an account to join the discussion."),
    ("share_widget", "Clap for this post"),
    ("promo", "JOIN OUR FERRY FANS NEWSLETTER"),
    ("promo", "Get instant alerts on the routes you follow"),
    ("advertisement", "Ads support our journalism"),
    ("advertisement", "AD BREAK"),
    ("advertisement", "Shop the story"),
    ("advertisement", "Ad 2 of 3 · 0:30"),
    ("advertisement", "Continue reading after the advertisement"),
    ("caption", "Scroll for more pictures"),
    ("caption", "Screengrab / Harbour TV"),
    ("comments", "Show comments section"),
    ("comments", "We welcome constructive debate on this site."),
    ("cross_link", "See full coverage on Harbour News"),
    ("cross_link", "Continued from page B2"),
    ("promo", "Enjoying this briefing? Forward it to a friend."),
    ("promo", "View this newsletter in your browser"),
    ("promo", "Play podcast"),
    ("promo", "Follow our channel on Harbour Reader for more stories"),
    ("promo", "Stream Harbour TV live 24/7"),
    ("promo", "Know someone who might enjoy the Harbour Briefing? Send them the link."),
    ("promo", "Download the episode (MP3, 22 MB)"),
    ("share_widget", "Share this podcast"),
    ("share_widget", "Increase text size"),
    ("share_widget", "More sharing options"),
    ("advertisement", "Advertisement | Hide ad"),
    ("cross_link", "In depth: Harbour board approves ferry budget"),
    ("cross_link", "► Harbour board approves new ferry budget"),
    ("caption", "Harbour Lens Stock Photo"),
    ("advertisement", "Recommended by"),
    ("advertisement", "Featured partners"),
    ("comments", "Viewing 11-20 of 48 comments"),
    ("cross_link", "Full report: Harbour board approves ferry budget"),
    ("cross_link", "Read our full analysis: Why ferry fares keep rising"),
    ("promo", "Try 3 months of digital access for £3"),
    ("promo", "Listen to the audio version of this story"),
    ("share_widget", "3.4k shares"),
    ("cross_link", "Also in the Harbour Times: Lighthouse keeper retires after forty years"),
    ("promo", "Members get every story, the full archive and the print edition."),
    ("promo", "Already subscribed? Log in here"),
    ("promo", "Paid readers keep this newsletter going. Try it free for a month."),
    ("promo", "Get the Harbour Morning Briefing: the day's stories before breakfast."),
    ("promo", "The day's harbour news, delivered to your inbox every morning at seven."),
    ("promo", "Get new posts by email, twice a month."),
    ("promo", "Hear more on Harbour Mornings, every weekday at seven."),
    ("promo", "Value our journalism? Chip in from as little as £2."),
    ("caption", "* (afp photo/jon bray)"),  # a bracketed credit behind a bullet, its name in lower case
    # modern furniture (audit 43): sponsor labels, a bookmaker's offers, AI pictures, placeholders, sport widgets
    ('advertisement', 'Paid content by Estuary Mutual'),
    ('advertisement', "Promoted: find this week's best fixed-rate bonds"),
    ('advertisement', 'Ads help keep the Harbour Weekly free for everyone'),
    ('advertisement', 'Skip ad in 10'),
    ('advertisement', 'In partnership with Estuary Building Society'),
    ('legal_notice', '18+ | New customers only | T&Cs apply'),
    ('advertisement', 'Bet £5, get £20 in free bets'),
    ('advertisement', 'Harbourbet odds: bet now'),
    ('legal_notice', 'Gambling can be harmful. Free, confidential support is available around the clock'),
    ('caption', 'This image could not be loaded'),
    ('caption', 'Source: Estuary Picture Agency | Photographer: Jon Bray'),
    ('caption', 'Drone footage: Pete Lowry'),
    ('caption', 'GRAPHIC: HARBOUR WEEKLY DATA DESK'),
    ('caption', 'Illustration created with AI and checked by Harbour Weekly editors'),
    ('caption', 'AI-generated picture, used for illustration'),
    ('caption', 'Caption: Ferries queue at the north quay on Monday'),
    ('cross_link', 'You might have missed: Tolls to rise on the estuary bridge'),
    ('navigation', 'Match centre'),
    ('navigation', 'Scores and fixtures'),
    ('navigation', 'Live scores'),
    # audit 45: bilingual labels, pictures from agencies and channels, the story in another language, editions
    ('advertisement', 'Reklama / Advertising'),
    ('advertisement', 'ADVERTISING SPACE'),
    ('advertisement', 'Text continues after the sponsored message'),
    ('advertisement', '>> פרסומת'),
    ('advertisement', 'Commercial partner'),
    ('caption', 'Screenshot from a video shared by the coastguard'),
    ('caption', 'Image via the @harbourweekly Telegram channel'),
    ('caption', 'Handout photo released by the port authority'),
    ('caption', 'Source: Ministry of Transport handout'),
    ('caption', 'Watch the clip above (2:05)'),
    ('caption', 'Tap to expand the image'),
    ('caption', 'Library image'),
    ('caption', 'Stock photo. Posed by models'),
    ('caption', 'Watch: footage of the ferry leaving the north quay'),
    ('cross_link', 'Most viewed today: Ferry fares to rise in spring'),
    ('cross_link', 'Read the French version of this report'),
    ('cross_link', 'Read this story in Welsh'),
    ('cross_link', 'This article is also available in Irish'),
    ('cross_link', 'Background reading: Port owners plan a second terminal'),
    ('cross_link', '[Related topic → Harbour tolls frozen for a year]'),
    ('cross_link', 'Opinion | Why the ferry matters to the islands'),
    ('navigation', 'Edition: English | Welsh'),
    ('navigation', 'Switch edition: UK · International · Wales'),
    # audit 48: the big sites' wordings
    ('advertisement', 'Ads by Tidewater Network'),
    ('advertisement', 'Presented in association with Estuary Bank'),
    ('advertisement', 'Brought to you by Quayside Motors'),
    ('advertisement', 'Ad closes in 5 seconds'),
    ('advertisement', 'Story resumes below'),
    ('caption', 'Camera icon Supplied picture.'),
    ('caption', 'Archive photo: Harbour Picture Library'),
    ('caption', 'Photo caption, The ferry left on time on Tuesday'),
    ('caption', 'Pictures: 9 images in gallery'),
    ('cross_link', 'Related reports: Harbour fees frozen for a year'),
    ('cross_link', 'You might like: Ferry crew win pay rise'),
    ('cross_link', 'More sport: Rowing club wins regatta'),
    ('cross_link', "Don't miss it: The week's best harbour walks"),
    ('recirculation_block', 'Elsewhere on the network'),
    # audit 47 (saved pages): affiliate notes, live-page controls
    ('legal_notice', 'Harbour Tech is supported by its readers. When you buy through a link here, we may get a small cut of the sale.'),
    ('navigation', 'Key updates'),
    ('navigation', 'Pinned'),
    ('cross_link', "Recommended Why the estuary's ferries keep breaking down"),
    # audits 49 and 50: trade press, opinion pages
    ('advertisement', 'Commercial content - not written by our reporters'),
    ('advertisement', 'Sponsored session: Smart cranes for busy ports'),
    ('advertisement', 'Remove ads with a supporter account'),
    ('advertisement', '[Paid partnership with Estuary Bank]'),
    ('advertisement', 'Featured job: Harbour Master, Northport'),
    ('advertisement', 'Promoted listing'),
    ('advertisement', 'ADVERTISEMENT CONTENT ENDS'),
    ('advertisement', 'The article carries on under this ad'),
    ('advertisement', 'Adverts help fund our journalism'),
    ('advertisement', 'Story continues below this message'),
    ('caption', 'Stock photo, for illustration only'),
    ('caption', 'Photo illustration by the graphics desk'),
    ('caption', 'Picture by Jon Bray for the Courier'),
    ('cross_link', 'Jump to: Our guide to the new ferry timetable'),
    ('cross_link', '* Linked story: Pier reopens after repairs'),
    ('cross_link', 'Earlier this week: Ferry firm reports record summer'),
    ('cross_link', 'Popular now: Ten walks along the estuary'),
    ('recirculation_block', 'Latest from the ports desk.'),
    ('recirculation_block', 'Top stories in Maritime Law'),
    ('recirculation_block', 'Other stories you may like'),
    # audit 51: a local site's service links and appeals
    ('advertisement', 'Advert feedback'),
    ('advertisement', 'Featured listing'),
    ('advertisement', 'Ad closed'),
    ('advertisement', 'Promotional feature'),
    ('advertisement', 'Brought to you by our sponsors'),
    ('advertisement', 'Book your classified ad online'),
    ('advertisement', 'SUPPORTED BY LOCAL ADVERTISERS'),
    ('advertisement', 'Want to reach local shoppers? Advertise with the Courier'),
    ('navigation', 'Jobs near you'),
    ('navigation', 'Planning applications in your area'),
    ('navigation', 'Property: flats to rent in the area'),
    ('navigation', 'Traffic and travel updates'),
    ('navigation', 'Live road conditions map'),
    ('navigation', 'Latest travel: roadworks on the coast road'),
    ('navigation', "Today's weather: Sunny spells, 14°C"),
    ('navigation', 'Weather: 5-day forecast for Northport'),
    ('navigation', 'Place a family notice'),
    ('navigation', 'Court listings for this week'),
    ('navigation', 'School closures: check the live list'),
    ('navigation', 'Police appeals: latest cases'),
    ('navigation', 'Results and fixtures'),
    ('navigation', 'Catch up on the council meeting'),
    ('cross_link', 'Elsewhere in the region: Ferry fares frozen until spring'),
    # audit 52: sport pages' widgets
    ('caption', 'Media playback is not supported on this device'),
    ('recirculation_block', "What we're reading next"),
    ('promo', 'Scores update automatically'),
    ('promo', 'Match tracker loading…'),
    ('promo', 'Follow all the action with our live match centre'),
    ('promo', 'Stream the race live on Harbour TV'),
    # session 17 (pool audit 1): post navigation, explainers, players, appeals, menus
    ('cross_link', 'Previous Post: 7 Ways the Ferry Timetable Changed This Year'),
    ('cross_link', 'Explainer: Why does the harbour flood every spring?'),
    ('cross_link', 'Continue reading: The long wait for a second bridge'),
    ('caption', 'Picture gallery'),
    ('caption', '► 3:05'),
    ('promo', 'Make a monthly donation'),
    ('promo', 'Pledge your support today'),
    ('navigation', 'Toggle menu'),
    ('navigation', 'Jump to navigation'),
    ('agency_credit', 'Further reporting by news agencies'),
    # session 17 (pool audits 2 and 3): old networks, outlets' photo credits, doubled separators, ad-blocker notes
    ('cross_link', 'MORE NEWS ›› Ferry fares frozen for a second year'),
    ('cross_link', 'Get caught up: What the harbour vote means for fares'),
    ('caption', 'HC PHOTO: ANN LEE'),
    ('caption', 'HT Picture/Tom Berg'),
    ('caption', 'Courier Photo by Ann Lee'),
    ('caption', '(Harbour News: Tom Berg)'),
    ('share_widget', 'Digg it!'),
    ('share_widget', 'Add to del.icio.us'),
    ('share_widget', 'Share This Article, Choose Your Platform!'),
    ('advertisement', 'It looks like you are using an ad blocker. Please whitelist our site.'),
    ('legal_notice', 'Some of your visitors may see an advertisement here, and a privacy banner at the foot of the page.'),
    ('navigation', 'Printer friendly page'),
    ('navigation', '1 2 3 4 Next »'),
    ('navigation', 'Jump to key updates'),
    ('promo', 'Enter our contest to win a ferry trip for four'),
    ('promo', 'Watch Harbour Tonight live on Coast TV every weekday at 6pm'),
    ('promo', 'Get breaking news alerts from the Harbour Times'),
    ('promo', 'Stream Coast News 24/7 for free'),
    # session 17 (pool audits 4 and 5): news corpora's leftovers, public cleaners' lists
    ('caption', 'Image copyright Harbour Pictures Image caption Ferries queued outside the port on Monday'),
    ('caption', 'Buy this photo'),
    ('caption', 'View Full Image'),
    ('caption', 'Fig. 3: Passenger numbers by month, 2020-2025'),
    ('navigation', 'Close video player'),
    ('navigation', 'Play slideshow'),
    ('navigation', 'Wait 5 seconds to continue.'),
    ('navigation', 'A Type size small A Type size medium A Type size large'),
    ('cross_link', 'Learn more: How to claim a fare refund'),
    ('cross_link', 'Follow live updates here: The harbour vote as it happened'),
    ('paywall', '(Read the whole story HERE.)'),
    ('recirculation_block', 'Watch this next'),
    ('promo', 'This video is brought to you in partnership with Coast Energy.'),
    # session 17 (pool audits 6 and 7): stored news pages, news datasets' leftovers
    ('cross_link', 'EARLIER: Ferry crew rescued off North Quay'),
    ('cross_link', 'For entire story: Harbour Courier'),
    ('cross_link', 'Continue this story at Coast News'),
    ('cross_link', 'Via: Harbour Courier'),
    ('caption', 'Photo via Ann Lee, HarbourSport.example'),
    ('caption', '× 4 of 30 Expand Photo by Tom Berg'),
    ('caption', '(File/Harbour Pictures - image credit)'),
    ('caption', 'Featured image via video screen capture'),
    ('caption', '(Official Council Photo by Ann Lee)'),
    ('advertisement', 'Advertisement Collapse SEE MY OPTIONS'),
    ('advertisement', 'Ferry Guide: Ten Ro... Best Price: $6.42 Buy New $9.17 (as of 11:20 EDT - Details)'),
    ('navigation', '[an error occurred while processing this directive]'),
    ('navigation', 'We apologise, but this video has failed to load.'),
    ('navigation', 'Please verify you are not a robot by ticking the box.'),
    ('navigation', 'This is a carousel. Use Next and Previous buttons to navigate'),
    ('navigation', 'Listen 5 min Comment Gift Article Share'),
    ('promo', 'Tune in at 7pm to watch the live show'),
    ('promo', 'Get today\'s headlines in minutes with Harbour Daily'),
    ('promo', 'Chat with us in Facebook Messenger. Find out what is happening as it unfolds.'),
    # session 17 (pool audit 10): the text of saved news pages
    ('cross_link', 'Ferry fares to rise again in spring [ANALYSIS]'),
    ('cross_link', 'Full article Quiz of the week'),
    ('advertisement', 'This sponsored deal is brought to you by Harbour Outdoors.'),
    ('advertisement', 'Get it on Amazon for $49.99'),
    ('advertisement', '- See it now: Amazon'),
    ('advertisement', 'Iklan'),
    ('caption', '(Harbour Ferries Co.)'),
    ('caption', 'A sketch shows the planned terminal from the north quay [Orvik Council via Harbour Times]'),
    ('caption', 'Above: The old ferry terminal in 1962.'),
    ('navigation', 'Caption Close'),
    ('navigation', 'Activating this button will toggle the display of additional content'),
    # session 17 (pool audits 8 and 9): American local and digital sites, English-language sites elsewhere
    ('caption', 'Coast News/Ann Lee Berg'),
    ('caption', '051224-harbour-ferry 002'),
    ('caption', 'Data: Port of Orvik; Chart: Tom Berg/Coast News'),
    ('caption', 'Ann Lee | Coast Radio file'),
    ('caption', 'Image used for representation only'),
    ('caption', 'THIS PHOTO WAS PROVIDED BY A THIRD PARTY'),
    ('caption', '– ANN LEE/THEHARBOUR'),
    ('caption', 'Passengers wait at the north quay on Monday. [Ann Lee, Standard]'),
    ('caption', 'The harbour master, Sam Holt (ANN LEE / HARBOUR BULLETIN)'),
    ('caption', 'Port (Photo credit: Ann Lee)'),
    ('advertisement', 'Player sponsored by'),
    ('advertisement', 'Learn more about your ad choices. Visit podcastchoices.example/adchoices'),
    ('advertisement', 'Story continues below Advertisement Remove Ad'),
    ('advertisement', '............ Advertisement ............'),
    ('advertisement', 'Forget Expensive Ferry Tickets (Do This Instead)'),
    ('navigation', 'Editor\'s Note: The above video is from an earlier broadcast.'),
    ('navigation', 'This browser does not support the Video element.'),
    ('navigation', 'Getting your Trinity Audio player ready...'),
    ('cross_link', 'Interactive: How the storm surge reached the quay'),
    ('cross_link', '[Watch earlier Coast TV coverage in the player above.]'),
    ('cross_link', 'Ann Lee has your latest weather forecast.'),
    ('cross_link', 'Follow developments as they happen on our LIVE blog.'),
    # session 17 (pool audits 11 and 12): British, magazine and business pages; datasets' article texts
    ('caption', 'Presentational grey line'),
    ('caption', 'Item 2 of 6'),
    ('caption', '3 of 9. Ferries wait at the north quay before the strike begins in Orvik, May 4, 2024.'),
    ('caption', 'Media playback is unsupported on your device Media caption How the ferry deal collapsed'),
    ('advertisement', 'Partner image £12.99 View Deal'),
    ('advertisement', 'Harbourtech event'),
    ('cross_link', 'Ferry thumbnail Who pays when the harbour floods? Read more'),
    ('navigation', 'Arrows pointing outwards'),
    ('navigation', 'Listen to this story'),
    ('share_widget', 'Story Saved'),
    ('share_widget', 'Click to save this article.'),
]

TAIL_VARIANTS = [
    ("wire_trailer", "See more AP sailing coverage at apnews.com/hub/sailing"),
    ("wire_trailer", "– CP"),
    ("press_release_notes", "-Ends-"),
    ("wire_trailer", "Copy supplied by Harbour Wire"),
    ("wire_trailer", "Xinhua News Agency"),
    ("wire_trailer", "This content was supplied by Harbour Wire."),
    ("wire_trailer", "(Source: Agencies)"),
    ("wire_trailer", "Published under a syndication agreement with Harbour Wire."),
    ("wire_trailer", "(Adds quote from minister in paragraph 6)"),
    ("wire_trailer", "(This story has been refiled to correct a typo in the headline)"),
    ("wire_trailer", "SOURCE: BERNAMA"),
    ("wire_trailer", "Source: harbournews.gov.nz"),
    ("wire_trailer", "Published from a syndicated news service; only the headline has been changed."),
    ("wire_trailer", "This report is from IANS and has not been edited by our staff."),
    ("wire_trailer", "-- IANS ab/cd"),
    ("wire_trailer", "PTI KRS HMB"),
    ("wire_trailer", "This story was published from a syndicated agency feed with no edits."),
    ("promo", "Stuck with a ferry refund? Tell us about it at money@harbourpost.example"),
    ("promo", "Seen something on the quay? WhatsApp us at +44 7700 900123"),
    ("share_widget", "Leave a condolence"),
    ("copyright", "Copyright Coastal Media 2021"),
    ("copyright", "Copyright (c) Harbour News 2019"),
    ("copyright", "No part of this publication may be reproduced without permission."),
    ("copyright", "This article originally appeared in The Coastal Times."),
    ("copyright", "[Copyright 2021 Coastal Media. All rights reserved.]"),
    ("wire_trailer", "(With inputs from agencies)"),
    ("comments", "Commenting has been disabled for this article."),
    ("comments", "Log in to comment"),
    ("comments", "Newest | Oldest | Most liked"),
    ("agency_credit", "Reporting by Ann Lee in Northport; Additional reporting by Tom Park; Editing by Sam Poe"),
    ("reading_time", "5-minute read"),
    ("reading_time", "🕒 4 min read"),
    ("copyright", "Site copyright 2020 Northport Media Ltd. Do not republish without written permission."),
    ("copyright", "Tous droits réservés."),
    ("wire_trailer", "— Bloomberg News"),
    ("wire_trailer", "Source: AFP"),
    ("wire_trailer", "- With files from Harbour Wire"),
    ("wire_trailer", "(This report was published unedited from a syndicated news feed.)"),
    ("comments", "Comments have been switched off on this story."),
    ("comments", "Sign in to join the discussion."),
    ("comments", "What's your view? Let us know in the comments."),
    ("comments", "Readers' comments"),
    ("comments", "Start the discussion"),
    ("comments", "Community standards"),
    ("tag_list", "Posted in Harbour News, Transport"),
    ("tag_list", "Topics Ferries Weather Northport"),
    ("tag_list", "More about: Ferries · Harbour · Weather"),
    ("tag_list", "#Ferries #Northport #Storms"),
    ("legal_notice", "Impressum"),
    ("legal_notice", "Legal notice"),
    ("comments", "View comments (12)"),
    ("comments", "Discussion 31 comments"),
    ("comments", "7 thoughts on “Ferry terminal to open after delays”"),
    ("comments", "Please keep comments civil and on topic."),
    ("wire_trailer", "This story by Harbour Wire was first published on March 3, 2021."),
    ("wire_trailer", "(With IANS inputs)"),
    ("paywall", "Member-only story"),
    ("paywall", "This post is for paying subscribers only"),
    ("paywall", "Upgrade to paid"),
    ("wire_trailer", "More stories like this are available on harbourwire.example"),
    ("wire_trailer", "Source: Harbour Wire and news agencies"),
    ("comments", "This discussion is now closed."),
    ("legal_notice", "Your California Privacy Rights"),
    ("promo", "Start each morning ahead of the tide with our Harbour Briefing newsletter."),
    ("promo", "Never miss a sailing — sign up for our ferry alerts."),
    ("promo", "Keep up with the coast by signing up for our newsletter"),
    ("promo", "Join the Harbour Times WhatsApp channel for the day's must-reads."),
    ("promo", "Know more about the fire? You can contact this reporter by email."),
    ("promo", "Harbour Times Newsletters"),
    ("comments", "Comment guidelines"),
    ("comments", "Commenting on this story has closed."),
    ("wire_trailer", "(The author is a columnist for Harbour Wire. The opinions expressed are her own.)"),
    ("wire_trailer", "AFP, Reuters"),
    ("copyright", "This story was originally featured on harbourtimes.example"),
    ("legal_notice", "Use of this site constitutes acceptance of our User Agreement and Privacy Policy."),
    ("legal_notice", "Manage Cookie Preferences"),
    ("paywall", "Subscribe to The Harbour Times to continue reading."),
    ("paywall", "Register now for free to continue reading"),
    ("paywall", "Premium content: log in or subscribe to read the full story."),
    ("author_contact", "Ann Lee is a correspondent based in Northport, covering the harbour and its ferries."),
    ("wire_trailer", "(The views expressed here are those of the author, a columnist for Harbour Wire.)"),
    ("wire_trailer", "Information from: The Northport Gazette, http://www.northportgazette.example"),
    ("copyright", "Published by Harbour Newspapers Ltd, part of the Coastal Media Group"),
    ("tag_list", "Published In: Transport"),
    ("paywall", "This is a preview of subscription content, log in to check access."),
    ("paywall", "Get full access to this article — subscribe today."),
    ("paywall", "Only registered users can read the full article. Register for free to continue."),
    ("legal_notice", "Privacy & Cookies Policy"),
    ("legal_notice", "Manage Privacy Settings"),
    ("legal_notice", "Strictly Necessary Cookies"),
    ("legal_notice", "We care about your privacy and use cookies to improve this site. Please accept."),
    ("legal_notice", "Powered by WordPress | Theme by Harbour Themes"),
    ("legal_notice", "Read about our approach to external linking."),
    ("legal_notice", "To learn how to manage cookies, see our Cookie Policy"),
    ("comments", "Comments 0"),
    ("comments", "Responses (4)"),
    ("comments", "This site uses Akismet to reduce spam. Learn how your comment data is processed."),
    ("tag_list", "Posted in Harbour News | Tagged ferries, Northport, storms"),
    ("legal_notice", "Northport Media Ltd, 1 Quay Street, Northport. Registered in England and Wales, company no. 01234567."),
    ("legal_notice", "Privacy preferences · Manage cookies"),
    ("legal_notice", "Licence this article"),
    ("comments", "Your email won't be shown publicly. Fields marked * are required."),
    ("comments", "Remember my name and email on this device for future comments."),
    ("comments", "Corrections or clarifications? Report an error in this story"),
    ("comments", "Spotted a mistake in this article? Tell us."),
    ("comments", "Comments can take up to an hour to appear while they are checked."),
    ("comments", "Sort comments by: Newest | Oldest"),
    ("legal_notice", "Disclaimer: Views expressed by readers in comments are their own."),
    ("comments", "Comments below have been moderated in advance."),
    ("comments", "Conversation under this post · 4 replies"),
    ("comments", "Comments: Our rules"),
    ("copyright", "Copyright Northport Media Ltd. Reproduction of this article without written consent is prohibited."),
    ("promo", "Our journalism is funded by readers. Give from £3 a month to keep it free."),
    ("promo", "Your subscription has been successful."),
    ("promo", "Our Telegram channel brings you the day's big stories — no spam"),
    ("promo", "Refresh the page for the latest updates"),
    ("promo", "Follow all the reaction with our live coverage on the app"),
    ("share_widget", "Share this obituary | Leave a tribute"),
    ("share_widget", "Pin it | Save recipe | Print"),
    ("share_widget", "Sign the guest book / Send flowers ➜"),
    ("share_widget", "Be the first to like this."),
    ("share_widget", "Spread the word: share this article with your friends"),
    ("recirculation_block", "More on Northport Rovers"),
    ("recirculation_block", "In other news ⟶"),
    ("tag_list", "Tags / Keywords: ferries , Northport , storms"),
    ("wire_trailer", "np-al/jk"),
    ("wire_trailer", "– Northport.com"),
    ("wire_trailer", "Read the original article on Harbour Weekly"),
    ("author_contact", "To contact the editors responsible for this story: Ann Lee at alee@example.org"),
    ("recirculation_block", "Most Read from Harbour Weekly"),
    ("recirculation_block", "Trending on Harbour Radio"),
    ("recirculation_block", "Don't miss these insights from Harbour Pro"),
    ("recirculation_block", "See more More Latest News"),
    ("author_contact", "alee@example.org"),
    ("author_contact", "Ann Lee covers ports and shipping for The Northport Post. She is based in Harlow."),
    ("wire_trailer", "Source: NPA/al(jk)"),
    # long notices (over 45 words): only their own phrases are looked for
    ("legal_notice", "Follow us for the latest deals from around the harbour. Quantities may be limited. Prices are subject to "
                     "change without notice and coupons may expire at any time. Some deals may not be available to every "
                     "customer in every region of the country. Harbour Deals may earn a commission on orders placed through "
                     "the links in this post."),
    ("comments", "Northport Media is committed to maintaining a lively but civil forum for discussion. Please keep comments "
                 "relevant and respectful. Comments may take up to an hour to appear on the site. You will receive an email "
                 "if there is a reply to your comment or an update to a thread you follow. Visit our Community Guidelines."),
    ("wire_trailer", "Harbour Health News is a national newsroom that produces in-depth journalism about health."),
    ("copyright", "This article was reprinted from harbourhealth.org."),
    ("paywall", "Reminder, this is a Premium article and requires a subscription to read."),
    ("paywall", "Thank you for reading! Please log in, or sign up and purchase a subscription to continue reading."),
    ("wire_trailer", "Enditem"),
    ("wire_trailer", "(END)"),
    ("wire_trailer", "-- BERNAMA"),
    ("wire_trailer", "HNS/abc/de"),
    ("wire_trailer", "bur-ab/cd/ef"),
    ("press_release_notes", "Media Contact:"),
    ("wire_trailer", "SOURCE Northport Ferries Ltd."),
    ("wire_trailer", "View original content to download multimedia: https://example.org/release"),
    ("wire_trailer", "Is the harbour stock still a buy? was originally published by Harbour Money"),
    ("wire_trailer", "– Harbournews.gov.nz"),
    ("copyright", "The post Ferry fares rise again appeared first on Harbour Daily."),
    ("copyright", "Our stories may be republished online or in print under a Creative Commons licence."),
    ("legal_notice", "Ann Lee has no positions in the stocks mentioned. Harbour Money has a disclosure policy."),
    ("wire_trailer", "With AFP, Reuters and dpa"),
    ("wire_trailer", "With agencies"),
    ("wire_trailer", "Wire copy: Kyodo"),
    ("wire_trailer", "Distributed through the Harbour Wire syndication feed."),
    ("wire_trailer", "(Additional inputs from Reuters)"),
    ("wire_trailer", "Via the Harbour News Agency"),
    ("wire_trailer", "This report was prepared with the help of the Harbour News Agency (HNA)."),
    ("wire_trailer", "— HNZ"),
    ("wire_trailer", "| — APA |"),
    ("legal_notice", "Code of Conduct"),
    ("legal_notice", "Grievance Redressal Officer"),
    ("legal_notice", "I agree"),
    ("legal_notice", "• Privacy Act Notice"),
    ("tag_list", "TOPICS | Ferries"),
    ("tag_list", "Tags: ferries, harbour, fares."),
    ("tag_list", "Posted in Local government"),
    ("tag_list", "Categorized under Transport"),
    ("legal_notice", "Our community rules apply to all posts."),
    ("wire_trailer", "— Harbour News Service"),
    ("wire_trailer", "Produced by the Harbour Wire news desk."),
    ("wire_trailer", "Editorial standards: how the Harbour Wire reports"),
    ("wire_trailer", "More ferry news from Harbour Wire: harbourwire.example/ferries"),
    ("legal_notice", "Odds subject to change. Please bet responsibly."),
    ("legal_notice", "Must be 18+ to play. T&Cs apply."),
    ("copyright", "All content copyright 2025 Harbour Times"),
    ("tag_list", "Filed to: Ferries, Harbour, Fares"),
    ("wire_trailer", "--Harbour Sports Media"),
    ("wire_trailer", "For more stories like this, please visit harbourwire.example"),
    ("wire_trailer", "Parts of this report come from wire services."),
    ("copyright", "Reproduction of this story is prohibited without written consent."),
    ("legal_notice", "Your data is processed in accordance with our privacy policy."),
    ("legal_notice", "The Harbour Times is regulated by IPSO."),
    ("legal_notice", "Unsubscribe · Manage your subscription"),
    ("legal_notice", "Transcripts are machine-generated and may contain errors."),
    ("legal_notice", "You're receiving this newsletter because you subscribed on our website."),
    ("legal_notice", "The views expressed in this column are the writer's own."),
    ("legal_notice", "Allow content from Vimeo? This may set cookies."),
    ("legal_notice", "Data protection"),
    ("tag_list", "Browse: ferries, harbour"),
    ("tag_list", "Mentioned in this story: ferries, Northport"),
    ("tag_list", "THEMES: FERRIES, HARBOUR"),
    ("tag_list", "Story tags · ferries · Northport"),
    ("wire_trailer", "— dpa."),
    ("wire_trailer", "###"),
    ("wire_trailer", "First published via the Harbour Wire partner feed."),
    ("wire_trailer", "ab/cd (AFP, Reuters)"),
    ("wire_trailer", "Distributed by Harbour Wire. Copy is used as received from the agency."),
    ("wire_trailer", "For more Harbour Wire stories, visit our agency page."),
    ("wire_trailer", "Harbour Wire editorial standards apply to this report."),
    ("wire_trailer", "Harbour Wire: fast, fair, accurate. Read our editorial standards."),
    ("wire_trailer", "The Harbour Trust is the charitable arm of Harbour Media."),
    ("legal_notice", "Parts of this site may not work if cookies are disabled."),
    ("tag_list", "See more on Ferries, Harbour, Transport"),
    ("tag_list", "Published in News / Local news / Transport"),
    ("tag_list", "Topic tags: Ferries / Harbour"),
    # modern furniture (audits 43 and 44): AI and trust notices, investment warnings, dark mode, gift links, tickers
    ('comments', 'What do you think? Let us know below'),
    ('comments', '4 replies'),
    ('comments', 'Your comment will be visible once a moderator approves it'),
    ('comments', 'Most liked'),
    ('comments', 'Comments are not enabled for this story'),
    ('legal_notice', 'GDPR privacy notice'),
    ('legal_notice', 'Site terms'),
    ('legal_notice', 'OK, I agree'),
    ('copyright', 'Creative Commons Attribution-ShareAlike 4.0 International'),
    ('legal_notice', 'How we use AI in our journalism'),
    ('legal_notice', 'AI-assisted, checked by our editors'),
    ('legal_notice', 'Transparency: how we report the news'),
    ('legal_notice', 'Some of this story was drafted with the help of AI and checked by an editor'),
    ('legal_notice', 'Capital at risk. Investments can go down as well as up.'),
    ('legal_notice', 'Not financial advice. Always do your own research.'),
    ('legal_notice', 'Problems reading this page? Contact our accessibility team'),
    ('promo', 'Try the new dark mode in our app'),
    ('promo', 'Get ferry alerts on WhatsApp'),
    ('promo', 'Read this story in the Harbour Weekly app'),
    ('promo', 'Get our shipping briefing before the markets open'),
    ('promo', 'Our newsletters: pick from eight topics'),
    ('share_widget', 'Switch to dark mode'),
    ('share_widget', 'You have 4 gift articles left this month'),
    ('share_widget', 'Light | Dark'),
    ('share_widget', 'Gift this story to a friend: they can read it without subscribing'),
    ('share_widget', 'High contrast mode'),
    ('tag_list', 'Tags | Ferries | Estuary.'),
    ('tag_list', 'Topics: Transport, Ferries, North Quay'),
    ('tag_list', 'Latest on Transport'),
    ('tag_list', 'HWPL 412.60 ▲ 1.8%'),
    ('wire_trailer', 'Automated story produced from Estuary Press data feeds'),
    ('wire_trailer', 'Wire copy from Estuary Press Service'),
    ('wire_trailer', 'Results data supplied by Tidegauge Analytics'),
    ('copyright', 'A version of this story first appeared on Harbour Radio'),
    ('agency_credit', 'This story was produced in partnership with the Estuary Data Project'),
    ('wire_trailer', 'This is an automated story from the Estuary Press data desk.'),
    ('copyright', 'Distributed by Estuary Newswire under licence'),
    ('wire_trailer', 'Agency copy; not edited by Harbour Weekly staff'),
    ('wire_trailer', 'Estuary Press editorial standards: estuarypress.example/standards'),
    ('reading_time', 'Listen · 6:12'),
    ('tag_list', 'Shipping | Ports | North Quay'),
    ('wire_trailer', 'Wire copy from Estuary Press'),
    # audits 45 and 46: rights and ownership lines, channels and bots, foreign tag labels, agencies' dispatch notes
    ('share_widget', 'Was this story useful? Yes | No'),
    ('comments', 'Sort replies: oldest first'),
    ('comments', 'Reader discussion'),
    ('comments', 'Only subscribers can comment on this story'),
    ('legal_notice', 'Essential cookies only'),
    ('legal_notice', 'Consent managed by our partner platform'),
    ('legal_notice', 'this site stores data such as cookies to make it work'),
    ('legal_notice', 'Consent preferences saved.'),
    ('legal_notice', 'Privacy & cookie notice'),
    ('copyright', 'Harbour Weekly is published by Estuary Media B.V.'),
    ('copyright', 'Weekly 2025. Quotation permitted with a link to the source.'),
    ('copyright', 'All rights to this material belong to Estuary Media'),
    ('copyright', 'Owned and operated by Estuary Media S.L.'),
    ('copyright', 'Registered media outlet, licence no. 112/2018'),
    ('copyright', 'For reprint requests write to reprints@harbour.example.'),
    ('copyright', 'All materials on this site are the property of Estuary Media'),
    ('copyright', 'Copyright Estuary Media Group. Licensed content.'),
    ('copyright', 'Distributed by Estuary Presse under licence.'),
    ('promo', 'New: Harbour Weekly is now on WhatsApp Channels'),
    ('promo', 'Our Telegram bot sends the morning headlines: @harbourweekly'),
    ('promo', 'Leave your email to get the weekend edition'),
    ('promo', 'Our e-paper is out every morning at six'),
    ('promo', 'Tell us your story: tips@harbour.example'),
    ('promo', 'Unlock every article with a digital subscription'),
    ('promo', 'Watch our news bulletins every weeknight at 7pm'),
    ('promo', 'New: the Harbour Weekly podcast, wherever you get your podcasts'),
    ('promo', 'Get unlimited access to Harbour Weekly for £3'),
    ('share_widget', 'Repost'),
    ('share_widget', 'Forward this to a friend who would enjoy it'),
    ('share_widget', 'Like Harbour Weekly on Facebook'),
    ('share_widget', 'Found this helpful? Pass it on'),
    ('tag_list', 'Etykiety / Tags: Ports, Ferries'),
    ('tag_list', 'タグ: Ports, Ferries'),
    ('tag_list', 'Topic pages: Ports, Ferries'),
    ('tag_list', 'See more stories about Shipping'),
    ('wire_trailer', 'Story from the Estuary Presse wire, cut for length.'),
    ('wire_trailer', 'Syndicated from Estuary Presse'),
    ('wire_trailer', 'Text: EPA; photo: EPA'),
    ('wire_trailer', 'EPN, HWA'),
    ('wire_trailer', 'Wire copy: EPN'),
    ('wire_trailer', 'Dispatch filed via Estuary Presse, Northport bureau'),
    ('wire_trailer', 'Based on reporting by Estuary Wire Service'),
    ('wire_trailer', 'End of EPN dispatch'),
    ('wire_trailer', "Estuary Wire news service, checked under the agency's editorial code."),
    ('wire_trailer', 'This report was supplied by Estuary Presse and carried without changes.'),
    ('wire_trailer', 'This item was supplied by an agency and has not been edited by our staff.'),
    ('wire_trailer', 'Estuary Presse is an independent wire service serving 80 papers.'),
    ('wire_trailer', 'Our Principles: the Estuary Presse editorial code.'),
    ('wire_trailer', 'Estuary Presse receives support from the Harbour Trust for its coastal coverage.'),
    ('wire_trailer', 'The Estuary Press Association created this report using automated data.'),
    ('wire_trailer', 'More EPN sport: https://epn.example/sport'),
    ('wire_trailer', 'Slug: PORT-STRIKE/ (UPDATE 1)'),
    ('wire_trailer', '(EPN) Distribution code HW-NE'),
    # audit 48: the big sites' wordings
    ('legal_notice', 'Read our privacy policy'),
    ('copyright', 'Copyright, 2005, Harbour Weekly'),
    ('copyright', 'Copyright and syndication enquiries: rights@harbour.example'),
    ('promo', "Tune in to Harbour Radio's breakfast show from 6am"),
    ('promo', 'Sign up for Harbour Weekly Markets briefings'),
    ('share_widget', 'Like our page on Facebook'),
    ('wire_trailer', 'Content from our wire partners'),
    ('wire_trailer', 'Estuary Press Agency (EPA) - Northport desk'),
    ('wire_trailer', '-- ESTUARY NEWS SERVICE (ENS)'),
    ('wire_trailer', 'Syndicated by the Estuary News Service content exchange'),
    ('wire_trailer', 'More results and fixtures: harbour.example/sport'),
    # audit 47 (saved pages): subscription offers, membership appeals
    ('comments', 'Comments on this page close at midnight. Please stay on topic.'),
    ('promo', 'Try full digital access'),
    ('promo', '$1 for your first four weeks'),
    ('promo', 'After that, $59 a month for complete access on any device.'),
    ('promo', 'Unlimited access to every story and the archive. First month for £1, then £7 a month.'),
    ('promo', 'Members fund our reporting. Plans start at $5 a month.'),
    ('promo', 'Already have Harbour Plus? Log in'),
    ('promo', 'Reporting like this is paid for by readers. If it matters to you, chip in today.'),
    ('promo', 'The three harbour stories worth your morning, in one short email.'),
    ('share_widget', 'Pass this along'),
    ('agency_credit', 'Includes reporting from the Estuary News Agency (ENA). More ENA coverage at ena.example/ports'),
    # audits 49 and 50: trade press (credits, embargoes, awards, print issues), opinion pages
    ('comments', 'Write a response'),
    ('comments', 'View all 9 responses'),
    ('legal_notice', 'Our editorial code of practice'),
    ('legal_notice', 'Customise choices'),
    ('legal_notice', 'Learn more about cookies'),
    ('legal_notice', "Prices quoted are the operator's list fares at the time of writing."),
    ('legal_notice', 'Nothing in this article constitutes financial advice.'),
    ('copyright', 'Rights and permissions: contact our licensing desk'),
    ('copyright', 'Published under licence from Estuary Features'),
    ('copyright', 'Estuary Wire content may not be republished without a licence'),
    ('promo', 'Watch the on-demand webinar recording'),
    ('promo', 'The print edition is out on Friday - order your copy'),
    ('promo', 'Follow our live coverage from the boat show'),
    ('promo', 'Pick up the winter print issue at your newsagent'),
    ('promo', 'Save 25% on an annual digital subscription'),
    ('promo', 'This article is eligible for 1 CPD credit for registered members'),
    ('promo', 'Nominate a local hero for our annual awards'),
    ('promo', 'Request a free sample copy of the magazine'),
    ('promo', 'Enter the Young Reporter Prize by 1 May'),
    ('promo', 'Download the e-edition'),
    ('promo', 'Get the Courier delivered to your door'),
    ('share_widget', 'Share this item'),
    ('share_widget', 'Share this with a friend'),
    ('share_widget', 'Bookmark for later'),
    ('wire_trailer', 'Issued through Estuary Health Release Service'),
    ('wire_trailer', 'Source: Estuary Press Agency (EPA)'),
    ('wire_trailer', 'Dispatch via Harbour Markets Wire'),
    ('wire_trailer', 'EMBARGO: 09:00 GMT, 4 June'),
    ('wire_trailer', 'Source: Estuary Motors press release'),
    ('wire_trailer', '(EPA) -- wire copy, lightly edited'),
    ('wire_trailer', 'HWN ab/cd'),
    ('wire_trailer', '(Estuary News Agency)'),
    ('agency_credit', 'With agency reporting'),
    # audit 51: local news (newsdesk appeals, reporting-initiative notes)
    ('legal_notice', 'Accept and continue'),
    ('copyright', 'All rights reserved by Estuary Publishing Ltd.'),
    ('copyright', 'This story has been republished from a partner title.'),
    ('promo', 'Seen something happening? Send us your pictures'),
    ('promo', 'Text us on 07700 900 456'),
    ('promo', 'Newsdesk: call 01632 960 222 or message us'),
    ('promo', 'Email the newsdesk: news@harbour.example'),
    ('promo', "Have your photos featured in next week's paper"),
    ('share_widget', 'Forward by email'),
    ('tag_list', 'Explore topics: Ports, Ferries'),
    ('wire_trailer', 'This is a Local News Reporting Initiative story.'),
    ('wire_trailer', 'This item was prepared by the Estuary Press Service.'),
    ('wire_trailer', 'Court reporting here is supported by a public interest journalism grant.'),
    ('wire_trailer', "The reporter's post is funded by the Local Journalism Initiative."),
    ('wire_trailer', '- Estuary Newsroom'),
    # audit 52: bookmakers' small print, a sports wire's feed lines
    ('legal_notice', 'New customers only. Min deposit £5. T&Cs apply.'),
    ('legal_notice', 'Odds correct at time of publishing'),
    ('legal_notice', 'Free bets valid for 14 days. Full terms apply.'),
    ('legal_notice', 'Reject all ×'),
    ('legal_notice', 'OK, I understand'),
    ('comments', 'Comment as a guest'),
    ('share_widget', 'Share icon'),
    ('wire_trailer', 'Feed: HWS Sport 2130 GMT'),
    ('wire_trailer', '(HWS) ab/cd'),
    ('wire_trailer', '—Harbour Field Sports'),
    ('wire_trailer', 'SPORTS WIRE — END'),
    ('wire_trailer', 'More HWS rowing: hws.example/rowing'),
    ('wire_trailer', 'Sourced from the Estuary Press Agency'),
    ('wire_trailer', 'This is an automated match report from the Harbour Sports feed.'),
    ('wire_trailer', 'Transmitted 21:40 GMT by the HWS sports desk'),
    # session 17 (pool audit 1)
    ('recirculation_block', 'More from this columnist'),
    ('recirculation_block', "Today's top headlines"),
    ('promo', 'Give the gift of a digital subscription'),
    ('promo', 'Keep Harbour Times free for everyone. Become a Harbour Times Supporter.'),
    ('promo', 'New episode every Thursday'),
    ('promo', 'You have read 2 of your 4 free stories this month'),
    ('agency_credit', '— With assistance from Ann Lee and Tom Berg.'),
    ('wire_trailer', 'Orvik Press Agency (OPA)'),
    ('legal_notice', 'The Harbour Times is a member of the Northern Press Council.'),
    ('legal_notice', 'Harbour Times is regulated by the Press Ombudsman and adheres to its code.'),
    ('legal_notice', 'Proudly powered by Ghost'),
    ('navigation', 'Back to the home page'),
    ('navigation', 'Send us your feedback'),
    # session 17 (pool audits 2 and 3)
    ('recirculation_block', 'From around the web'),
    ('recirculation_block', 'Top stories right now'),
    ('recirculation_block', 'Continue exploring'),
    ('recirculation_block', 'Other articles you might find interesting'),
    ('recirculation_block', 'The latest from Coast News ›'),
    ('promo', 'Since you are here, we have a small favour to ask.'),
    ('promo', '- Have your say at our open meeting on 4 May: book your place here'),
    ('promo', 'Order a reprint of this photo'),
    ('promo', 'Limited-time offer: £1 a week for three months'),
    ('promo', 'Harbour Match: your gift will be matched until Friday'),
    ('promo', '• Get the morning’s top stories in our free newsletter'),
    ('promo', 'Sign up for Harbour Local to get news from your street'),
    ('promo', 'Join our editor for a subscriber-only Q&A on Monday'),
    ('promo', '🎧 Watch the full interview'),
    ('promo', 'Thanks for reading! This post is public so feel free to share it.'),
    ('promo', 'Give the gift of local news: a subscription for the holidays'),
    ('promo', 'GIFT A MEMBERSHIP »'),
    ('promo', 'Follow topics from this story to see more like it in your feed and to receive email updates when we publish.'),
    ('share_widget', 'Send a friend this story'),
    ('share_widget', 'Republish this article for free'),
    ('share_widget', 'Voiced by Amazon Polly'),
    ('navigation', 'Return to frontpage'),
    ('legal_notice', 'Powered by BLOX'),
    ('legal_notice', 'Spotted a typo? Tell us'),
    ('legal_notice', '• Privacy Manager'),
    ('legal_notice', 'Modern Slavery Act Statement'),
    ('legal_notice', '- Submit a correction'),
    ('comments', 'We welcome your comments. Please keep the discussion civil.'),
    ('comments', 'Refrain from posting comments that are abusive or off topic.'),
    ('paywall', 'This is a Courier Plus article'),
    ('paywall', 'Register to continue reading harbourtimes.example'),
    ('agency_credit', '[Additional reporting by AP]'),
    ('agency_credit', 'Edited by: Ann Lee'),
    ('wire_trailer', '[Agencies]'),
    ('wire_trailer', 'SOURCE: COAST NEWS'),
    ('wire_trailer', 'This story appeared in the Harbour Times print edition as: Fares frozen'),
    ('tag_list', 'PUBLISHED IN TRANSPORT'),
    ('tag_list', 'Find out more about: Orvik, ferries'),
    # session 17 (pool audits 4 and 5)
    ('share_widget', 'Like this article? Share it with a friend!'),
    ('share_widget', 'Copy this link'),
    ('share_widget', 'Read or Share this story: https://hrb.example/3xYz'),
    ('share_widget', "A link has been sent to your friend's email address."),
    ('share_widget', 'Find Harbour News: North Coast on Facebook, Instagram and X. Send story ideas to news@harbour.example'),
    ('share_widget', 'Add to myHT'),
    ('paywall', 'Read Full Article'),
    ('paywall', 'We are having trouble retrieving the article content.'),
    ('paywall', 'Harbour Terminal subscriber? Log in'),
    ('comments', 'Sorry we are not currently accepting comments on this article.'),
    ('comments', 'Share what you think'),
    ('comments', 'Harbour TV does not endorse the opinions expressed in comments.'),
    ('comments', 'Please rate this article'),
    ('comments', '118 readers responded in this thread'),
    ('promo', 'Your support goes a long way.'),
    ('promo', 'Thank you for supporting our journalism.'),
    ('promo', 'Hit play on the player below to hear the episode.'),
    ('promo', 'Stay up to date with the latest news from Orvik.'),
    ('promo', 'We pay for your stories! Got a story for the newsdesk? Email news@harbour.example'),
    ('promo', 'Enjoying this story? Share your email to get more like it.'),
    ('author_contact', 'Ann Lee can be reached at ann.lee@harbour.example.'),
    ('legal_notice', 'Full Disclaimer'),
    ('legal_notice', 'This translation has been automatically generated and has not been checked.'),
    ('legal_notice', 'The views expressed in this column are solely those of the author and not of Harbour TV.'),
    ('wire_trailer', 'Visit the Harbour Courier at harbourcourier.example'),
    ('wire_trailer', 'Harbour Weekly is part of Estuary Media Ltd, an international media group.'),
    ('wire_trailer', '— Staff and wire reports'),
    ('wire_trailer', 'Compiled by Ann Lee for the Harbour Courier'),
    ('tag_list', 'Published in Transport'),
    ('tag_list', 'Follow topic: Ferries'),
    ('recirculation_block', 'Other stories by Ann Lee'),
    # session 17 (pool audits 6 and 7)
    ('promo', '… as you are joining us today from Norway, we have a small favour to ask.'),
    ('promo', 'Harbour Times has no shareholders and no billionaire owner.'),
    ('promo', 'Please support our work by donating today.'),
    ('promo', 'A welcome email is on its way. If you do not see it, please check your junk folder.'),
    ('promo', 'Get the free Evening Briefing email for news from our reporters across the coast'),
    ('promo', 'Ann and Tom take you through the top stories and what they mean, free every weekday'),
    ('promo', 'Our journalism needs your support. Please subscribe today.'),
    ('promo', 'Be sure to download the Harbour TV app on your phone.'),
    ('paywall', 'The article you requested is only available for Harbour Terminal subscribers.'),
    ('paywall', 'Read this article for free:'),
    ('legal_notice', 'We care about the protection of your data. Read our Privacy Policy.'),
    ('legal_notice', 'Hosted on Acast. See acast.com/privacy for more information.'),
    ('legal_notice', 'Do not share or sell my info'),
    ('legal_notice', 'By providing your email address, you agree to our Terms and Privacy Policy.'),
    ('legal_notice', 'A version of this article appears in print on May 2, 2024, Section B, Page 3 with the headline: Fares Frozen.'),
    ('legal_notice', 'Reprinted with permission from HarbourNotes.example.'),
    ('legal_notice', 'Harbour Life may receive a share from purchases made via links on this page.'),
    ('comments', 'There are no comments yet. Be the first to comment.'),
    ('comments', 'Please sign in or register to leave a comment'),
    ('comments', 'Editor’s Note: We have closed comments on this story for legal reasons.'),
    ('comments', 'No comments'),
    ('comments', '(7) comments'),
    ('comments', 'Have an opinion on this story? Share it!'),
    ('share_widget', 'Send this page to someone via email'),
    ('share_widget', 'Please follow and like us:'),
    ('share_widget', 'Think your friends would be interested? Share this story!'),
    ('author_contact', 'Email: ann.lee@harbour.example'),
    ('author_contact', 'You can follow Ann Lee on Twitter @annlee or like her page on Facebook.'),
    ('recirculation_block', 'READ ALSO'),
    ('recirculation_block', 'Popular posts from this blog'),
    ('recirculation_block', 'News Near Orvik'),
    ('wire_trailer', 'Ann Lee, The Canadian Press'),
    ('wire_trailer', 'Companies in this story: (TSX:HRB)'),
    ('wire_trailer', 'This post appeared first on COAST NEWS'),
    ('wire_trailer', 'With news wire services'),
    ('wire_trailer', '(This version of the story corrects the spelling of the harbour master’s name in paragraph 4)'),
    ('agency_credit', 'Reporting from Orvik by Ann Lee, Tom Berg; Writing by Ann Lee Editing by Sam Holt'),
    ('agency_credit', 'Reporting by Ann Lee in Orvik and Dunmore, and Tom Berg in Kells; Editing by Sam Holt'),
    ('agency_credit', 'Contributing to this report were Ann Lee in Orvik and Tom Berg in Kells.'),
    ('tag_list', 'Ferries . Harbour News . Fare Guide . Timetables'),
    # session 17 (pool audit 10)
    ('promo', 'Weekly essays, straight to your inbox.'),
    ('promo', 'Never miss a post'),
    ('promo', 'Harbour Briefing Newsletter'),
    ('promo', 'This article is part of our special report Ferries 2025.'),
    ('promo', 'The following subscription-only content has been made available to you by a Harbour Weekly subscriber.'),
    ('comments', 'View the discussion thread.'),
    ('comments', 'Share your thoughts Cancel reply'),
    ('comments', 'Please read our commenting and letters policy before submitting.'),
    ('comments', 'Have your say. Give us feedback.'),
    ('comments', 'Your feedback is important to us. We cannot reply to every message.'),
    ('navigation', "Read Today's eNewspaper"),
    ('navigation', 'Public Inspection File'),
    ('navigation', 'Become a Carrier'),
    ('navigation', 'Wordcount: 812'),
    ('navigation', 'Reprints, Rights & Permissions'),
    ('navigation', 'Sharing is caring!'),
    ('navigation', 'Harbour Times on Instagram'),
    ('paywall', 'Continue reading your article with a Harbour Times membership'),
    ('paywall', 'To Read the Full Story'),
    ('legal_notice', 'Disclosure Statement'),
    ('legal_notice', 'Terms of Use Privacy Policy About Our Ads Advertising'),
    ('legal_notice', 'Harbour websites place cookies on your device to give you the best experience.'),
    ('wire_trailer', 'This article has been adapted from its original source.'),
    ('wire_trailer', 'Via SyndiGate.info'),
    ('wire_trailer', 'This story appears in the May 2024 print issue as “Fares Frozen.”'),
    # session 17 (pool audits 8 and 9)
    ('promo', 'Find out what is happening in Orvik for free with the latest updates from Harbour Patch.'),
    ('promo', 'Quality journalism does not come free'),
    ('advertisement', 'by Outbrain'),
    ('promo', 'We never charge for local news because everyone deserves it.'),
    ('promo', 'The latest on the harbour. Direct to your inbox.'),
    ('promo', 'This is Harbour Rundown, a weekday newsletter to start your day.'),
    ('promo', 'Start today for $1'),
    ('promo', 'Support from readers like you keeps the Courier open.'),
    ('promo', 'Access 5 free stories every month'),
    ('promo', '$9.90 $4.95/month'),
    ('paywall', 'PLEASE LOG IN FOR PREMIUM CONTENT. Not yet a subscriber? Subscribe today!'),
    ('comments', 'Be Truthful. Do not knowingly lie about anyone.'),
    ('comments', 'blog comments powered by Disqus'),
    ('comments', 'Join the conversation about this story »'),
    ('comments', 'View/Post Comments'),
    ('comments', 'We have migrated to a new commenting platform. Please sign in again.'),
    ('comments', 'Comments (12) Closed'),
    ('share_widget', 'Become a fan of Coast Radio on Facebook for updates.'),
    ('share_widget', 'Recipient Email:'),
    ('share_widget', 'Thanks for sharing!'),
    ('share_widget', 'FOLLOW SPORT'),
    ('recirculation_block', 'Recommended Videos'),
    ('recirculation_block', 'Recent Headlines'),
    ('recirculation_block', "Here's what else is happening on Orvik Patch"),
    ('recirculation_block', 'Latest Articles by Ann Lee'),
    ('navigation', 'Telephone number: 020 3218 640'),
    ('navigation', 'P.O. Box 1204, Orvik'),
    ('navigation', 'Forgot your username and password?'),
    ('navigation', 'Captioning Concerns'),
    ('tag_list', 'Ferries & Harbours|Local|'),
    ('tag_list', 'Posted inLocal News'),
    ('tag_list', 'Posts tagged "Orvik"'),
    ('author_contact', 'The writer is a former harbour master.'),
    ('wire_trailer', 'Published in The Harbour Times, March 14th, 2021.'),
    ('wire_trailer', 'THE COURIER/ASIA NEWS NETWORK'),
    ('wire_trailer', 'Originally published on harbourtimes.example'),
    ('wire_trailer', 'This story was updated to add new information.'),
    ('wire_trailer', 'Source -HTN'),
    ('legal_notice', 'By submitting, you consent to receive our newsletters.'),
    ('legal_notice', 'By donating, you agree to the Privacy Policy and Terms of Service'),
    ('legal_notice', 'Yes, I would also like to receive offers from Harbour Media.'),
    # session 17 (pool audits 11 and 12)
    ('legal_notice', 'Contact me with news and offers from other Harbour brands'),
    ('legal_notice', 'US residents have certain rights with regard to the sale or sharing of personal information.'),
    ('legal_notice', 'Opinions expressed by Harbour Contributors are their own.'),
    ('legal_notice', 'You can opt out of the sale of your personal information at any time.'),
    ('legal_notice', 'The offers that appear in this table are from partnerships from which Harbour Money receives compensation.'),
    ('legal_notice', 'This article was produced with the assistance of artificial intelligence and checked by an editor.'),
    ('promo', 'We have more newsletters'),
    ('promo', 'Get updates about our journalism and ways to support our work.'),
    ('promo', 'Kick off your mornings with the Courier’s take on the harbour'),
    ('promo', 'See why over a million readers pay to read the Harbour Times.'),
    ('promo', 'The email you need for the day’s top stories from the coast.'),
    ('promo', 'Add Harbour Times on Google'),
    ('paywall', 'This item is available in full to subscribers.'),
    ('wire_trailer', '— Coast TV’s Ann Lee and Tom Berg contributed reporting.'),
    ('wire_trailer', 'Ann Lee contributed reporting from Kells.'),
    ('wire_trailer', 'Information from The Canadian Press was used in this report.'),
    ('wire_trailer', 'That’s all from this blog'),
    ('wire_trailer', 'Published in the print edition of the May 4, 2024, issue, with the headline “Fares Frozen.”'),
    ('recirculation_block', 'Most viewed Across the Courier'),
    ('recirculation_block', 'Read this next'),
    ('recirculation_block', 'See More »'),
    ('recirculation_block', 'Explore further'),
    ('comments', 'Sign in or create your Courier account to join the discussion'),
    ('comments', 'Typed comments will be lost if you are not logged in.'),
    ('comments', 'harbour_fan 12 minutes ago'),
    ('comments', 'RECENT COMMENTS'),
    ('share_widget', 'Ann Lee on Twitter: http://twitter.com/annlee'),
    ('share_widget', 'Share Copy URL https://harbour.example/fares'),
]

HEAD_VARIANTS = [
    ("byline", "Yesterday @ 08:15"),
    ("byline", "Ann Lee · Harbour Times · 07:45, Apr 2 2025"),
    ("byline", "By Ann Lee, Transport Reporter."),
    ("byline", "Ann Lee | Ferries desk | 5 mins ago"),
    ("byline", "Ann Lee, Staff Writer."),
    ("byline", "Written by Ann Lee; edited by Tom Park"),
    ("byline", "Live coverage by Ann Lee and Tom Park"),
    ("byline", "Live • Last updated 3 mins ago"),
    ("byline", "Print edition: Monday 3 March 2025, page 7"),
    ("byline", "Harbour Times · 4 min read."),
    ("byline", "Mobile version · Updated 09:15 GMT"),
    ("byline", "Senior Reporter, Transport"),
    ("byline", "Northport harbour chief sports writer"),
    ("byline", "Chief sailing writer at Northport Marina"),
    ("timestamp", "Published: March 04, 2021 10:45 Last updated: March 04, 2021 11:12"),
    ("reading_time", "3 mins to read"),
    ("byline", "Transport correspondent"),
    ("byline", "Submitted by newsdesk on Tue, 03/04/2021 - 09:30"),
    ("byline", "Words: Ann Lee"),
    ("byline", "Posted by Ann Lee on 4 March 2021"),
    ("timestamp", "Story was updated 2 hr ago"),
    ("timestamp", "Published: 4 March 2021 - 9:30 am | Updated: 4 March 2021 - 11:02 am"),
    ("timestamp", "5 min read · Mar 4, 2021"),
    ("byline", "By: Ann Lee"),
    ("byline", "Associated Press"),
    ("timestamp", "2021-03-04T09:30:00Z"),
    ("timestamp", "3h ago"),
    ("timestamp", "Posted on March 4, 2021 by Ann Lee"),
    ("timestamp", "Publié le 4 mars 2021 à 09h30"),
    ("byline", "Harbour Science / By science reporter Ann Lee"),
    ("byline", "Ann Lee reports from Northport Quay"),
    ("byline", "Northport Press Agency | Updated: March 10, 2021 6:57 pm IST"),
    ("byline", "Coastal Reporters"),
    ("byline", "Property Editor·Northport Herald·"),
    ("byline", "By Ann Lee | alee@example.org"),
    ("byline", "Op-Ed | Ann Lee"),
    ("byline", "By Ann Lee at Northport Park"),
    ("timestamp", "📅 Monday, March 1, 2021 — 14:30 EAT"),
    ("timestamp", "- 08 Mar 2021, 12:11 pm"),
    ("timestamp", "Updated about 4 hours ago"),
    ("timestamp", "4 Mar 2021 | 🕐 5 mins"),
    ("timestamp", "Published March 4, 2021 • Last updated 2 hours ago • 4 minute read"),
    ("timestamp", "Mar 4 · 6 min read"),
    ("byline", "By Ann Lee, Northport.com | Posted - Mar. 4, 2021 at 3:21 p.m."),
    ("byline", "By Ann Lee, northport.com"),
    ("byline", "Ferries reporter @AnnLee"),
    ("byline", "Ann Lee, Transport Editor"),
    ("byline", "Sunday 7 March 2021 12:55, UK"),  # a date after a capitalised word: the byline pattern takes it first
    ("timestamp", "Monday March 1 2021, 10.00pm, The Northport Post"),
    ("timestamp", "Mar 4, 2021 - Harbour Weekly"),
    ("byline", "June 18, 20215:00 AM ET"),  # a date after a capitalised word: the byline pattern takes it first
    ("byline", "March 3, 20219:41 PM GMT+1Updated 2 hours ago"),  # a date after a capitalised word: the byline pattern takes it first
    ("timestamp", "Oct. 9, 2021Updated 11:02 am EDT"),
    ("timestamp", "Tuesday 14 May 2024"),  # a date alone at the top is the page's
    ("byline", "Author of the article: Ann Lee"),
    ("byline", "HNS / Updated: Mar 14, 2024, 08:12 IST"),
    ("byline", "By Harbour News with AP"),
    ("byline", "Ann Lee Business presenter @annlee"),
    ("byline", "ByHarbourTV.com staff"),
    ("byline", "By Ann Lee, a senior reviewer covering phones and wearables."),
    ("byline", "Ann Lee • 4 min read"),
    ("byline", "Source: www.harbournews.com"),
    ("timestamp", "Thu., March 14, 2024 timer 3 min. read"),
    ("timestamp", "First uploaded on: 14-03-2024 at 10:22 IST"),
    ("timestamp", "03/14/2024March 14, 2024"),
    ("timestamp", "and last updated 8:40 PM, Nov 12, 2024"),
    ("timestamp", "Last update: 04/03/2024"),
    ("timestamp", "March 04, 2024 09:00 ET | Source: Northport Ferries Ltd."),
    ("timestamp", "Sunday 20 January, 11pm"),  # a time with no year: the page's at the top only
    ("byline", "ANI | Northport"),
    ("byline", "Posted by harbourdesk on 4 March 2021"),
    ("byline", "HARBOUR NEWS SERVICE"),
    ("byline", "Ann Lee Harbour Staff"),
    ("byline", "Edited by Ann Lee | Updated: March 4, 2021 8:41 pm"),
    ("timestamp", "Posted 2h ago2 hours ago, updated 1h ago1 hour ago"),
    ("byline", "Ann Lee · Harbour News · Posted: Mar 04, 2021 4:00 AM"),
    ("byline", "Harbour News Desk / HARBOURNEWS.COM / Updated: Mar 4, 2021"),
    ("kicker", "Breaking news"),
    ("kicker", "• Opinion"),
    # session 15 (blind audit 40: own-site news of organisations and the trade press)
    ("byline", "Contributor: Ravi Moss"),
    ("byline", "For immediate release"),
    ("byline", "Embargoed until 00:01 Tuesday 4 June"),
    ("navigation", "You are here: Home » Transport"),
    ("navigation", "Newsroom"),
    ("navigation", "Council news › Roads and parking"),
    ("reading_time", "Est. read time 4 mins"),
    ("byline", "Lena Marsh | Twitter: @lmarsh"),
    ("byline", "| Report by Kit Anders, Orvik"),
    ("byline", "» Orvik Bureau"),
    ("byline", "By Ana Ruiz and Tom Park."),
    ('byline', 'Analysis by Maeve Tarrant, Harbour correspondent'),
    ('byline', 'By HWN staff'),
    ('byline', '>> Ciaran Doyle | Staff writer'),
    ('byline', 'Maeve Tarrant · Senior business reporter · 3 March 2025'),
    ('byline', 'Reported by Tom Quill for Harbour Radio'),
    ('byline', 'Translated from the Dutch original by Anke Vos'),
    ('byline', 'Machine-assisted translation from Dutch, checked by our editors'),
    ('byline', 'harbour weekly newsroom · 3 march 2025'),
    ('byline', 'Story by Tom Quill for Harbour Radio'),
    ('timestamp', 'Publication date: 03.03.2025 | 09:40'),
    ('reading_time', '(Time to read: under 4 minutes)'),
    ('reading_time', 'Estimated read: 3 mins'),
    ('byline', 'posted by ann lee on 9 march 2005'),
    ('byline', 'Staff reporter, Harbour Weekly Chronicle'),
    ('byline', 'Medically reviewed on 3 March 2025'),
    ('byline', 'By the Harbour Weekly news team'),
    ('byline', 'Live from the Northport Boat Show 2025'),
    ('byline', '| Guest contributor: Ann Lee |'),
    ('byline', 'By The Courier editorial board'),

    # session 17 (pool audit 1)
    ('share_widget', 'A− A A+'),
    ('navigation', 'Show the main menu'),
    # session 17 (pool audits 2 and 3)
    ('byline', 'By Ann Lee@annleewrites Mar 3, 2024, 8:05am EST'),
    ('byline', 'Tom Berg and agencies'),
    ('timestamp', 'Apr 2, 2025 ∙ Paid'),
    ('navigation', 'Edition: UK'),
    # session 17 (pool audits 4 and 5)
    ('byline', 'By . Ann Lee . PUBLISHED: . 09:42 EST, 14 March 2013 . | . UPDATED: . 11:05 EST, 14 March 2013 .'),
    ('timestamp', 'PUBLISHED: . 17:20 EST, 2 September 2012 .'),
    ('timestamp', 'Updated on: March 3, 2024 / 8:05 AM EST / Coast TV'),
    ('navigation', 'Sections & Features'),
    ('navigation', 'News / Local / Courts'),
    ('navigation', 'Weather 12°C Light rain'),
    # session 17 (pool audits 6 and 7)
    ('byline', 'By . Ann Lee . Last updated at 4:12 PM on 9th February 2012 .'),
    ('byline', 'By Ann LeeNorth Coast transport reporter'),
    ('byline', 'Edited By: Tom Berg | Updated: Jun 3, 2023, 14:22 IST'),
    ('timestamp', 'This article is more than 3 years old'),
    ('navigation', 'Jump to content'),
    ('navigation', 'Search the news, stories & people'),
    ('navigation', 'Story highlights'),
    # session 17 (pool audit 10)
    ('navigation', 'Skip to content Skip to site index'),
    ('navigation', 'Accessibility links'),
    ('byline', 'Orvik, Harbour News Bureau | Updated : 07 March 2020, 11:26 AM'),
    ('byline', 'Posted on Agustus 3, 2019 by Redaksi'),
    # session 17 (pool audits 8 and 9)
    ('byline', 'Guest Commentary written by'),
    ('byline', 'The Courier Bureau'),
    ('byline', '09:41, 14th Nov, 2022 by Ann Lee'),
    ('navigation', 'Internet Explorer 11 is not supported'),
    ('navigation', 'Skip to news navigation, settings and search'),
    ('navigation', 'Home/ Local News/ Ferry fares frozen for another year after council vote'),
    # session 17 (pool audits 11 and 12)
    ('byline', 'Analysis box by Ann Lee, North Coast correspondent'),
    ('byline', 'Ann Lee 2024-05-03T09:27:00Z'),
    ('navigation', 'International edition'),
    ('navigation', 'Expand news menu'),
]

# session 15 (blind audit 40)
MIDDLE_VARIANTS += [
    ("advertisement", "Promoted by Kestrel Insurance"),
    ("advertisement", "Paid promotion"),
    ("advertisement", "Advertise here"),
    ("caption", "Photo gallery: 8 images"),
    ("promo", "This report is part of our Coastline series. Read the full series on our website."),
    ("advertisement", "Partner spotlight"),
    ("advertisement", "Sponsored | Northgate Storage"),
    ("advertisement", "Recommended by our sponsors"),
    ("advertisement", "Text continues after this message"),
    ("caption", "Image by Ada Kerr on Pexels"),
    ("caption", "Download photo (PNG, 2.1 MB)"),
    ("promo", "Book your seat at the Harbour Summit"),
    ("promo", "Find your next job with Port Careers"),
    ("promo", "Buy season tickets online"),
    ("promo", "Get goal alerts and live scores in the club app"),
    ("share_widget", "Find us on social media"),
    ("share_widget", "Stay connected with us"),
    ("cross_link", "» Lighthouse keeper retires after forty years"),
]
TAIL_VARIANTS += [
    # session 15 (blind audit 42: the Caribbean, the Gulf, South-East Asia, the Nordics, Latin America, the Pacific, science)
    ("wire_trailer", "Via Antara newswire"),
    ("wire_trailer", "-- LETA --"),
    ("wire_trailer", "STT — Turku bureau"),
    ("wire_trailer", "WAM/kl/jr/2024"),
    ("wire_trailer", "Agency copy: this story has not been reviewed by Harbour Times editors."),
    ("wire_trailer", "Press release issued by Orvik University via a news service"),
    ("legal_notice", "Harbour Science Daily is not responsible for the accuracy of news releases posted here."),
    ("legal_notice", "Allow selection"),
    ("legal_notice", "Our privacy policy has been updated. Please read it."),
    ("copyright", "Harbour Times, all rights reserved, 2024."),
    ("comments", "Community guidelines for commenters"),
    ("tag_list", "#Ferries #Harbour #Orvik."),
    ("tag_list", "Explore more: ferries, Orvik, transport"),
    ("tag_list", "Key words: Orvik • ferries • harbour"),
    ("wire_trailer", "Follow Harbour Wire's shipping coverage at harbourwire.example/shipping"),
    ("wire_trailer", "Coastline Sports Agency produced this report using data from MatchFacts."),
    ("tag_list", "Sectors: Ports, Logistics"),
    ("tag_list", "Industries: Shipping"),
    ("copyright", "Harbour Weekly is a trading name of Estuary Press Ltd."),
    ("copyright", "Republishing this article? See our republication guidelines."),
]


# session 18 (pool audits 13-16: press wires and institutional newsrooms, broadcasters, newsletter platforms and
# nonprofit newsrooms, aggregators and tabloids)
MIDDLE_VARIANTS += [
    ("caption", "Headshot of Lena Ford"),
    ("caption", "Photo of the Orvik ferry terminal at night"),
    ("caption", "Avatar image"),
    ("caption", "Tom Birch's profile picture"),
    ("caption", "Harbour Radio logo"),
    ("caption", "chevron-down-icon"),
    ("caption", "right-arrow"),
    ("caption", "Video - 3'42\""),
    ("timestamp", "0:00 / 2:31"),
    ("caption", "Duration: 90 seconds"),
    ("caption", "Watch later Share Copy link"),
    ("caption", "Tap to unmute"),
    ("caption", "If playback doesn't begin shortly, try restarting your device."),
    ("caption", "Ferry fire at Orvik pier - YouTube"),
    ("caption", "This video has closed captions"),
    ("caption", "Problems playing this video? Let us know"),
    ("caption", "Sorry, your browser cannot play this video."),
    ("caption", "Image no longer available"),
    ("caption", "(SOUNDBITE OF CROWD CHEERING)"),
    ("caption", "Crowds wait at the pier as the first ferry of the season arrives on Monday. Reuters"),
    ("caption", "The new terminal seen from the water at dawnCredit: Harbour Authority"),
    ("caption", "Lena Ford at the launch of the new ferry[/caption]"),
    ("caption", "Workers repair the pier after the storm. (Photo: Tom Birch/Harbour Times)"),
    ("caption", "via Unsplash"),
    ("caption", "(Image courtesy of Orvik Council)"),
    ("caption", "A photo posted by Harbour Ferries (@harbourferries) on Mar 3, 2024 at 9:10am PST"),
    ("share_widget", "View this post on Instagram"),
    ("navigation", "Report a problem with this page"),
    ("navigation", "Help us improve Harbour Online"),
    ("navigation", "View full site"),
    ("navigation", "You are here: Home > News > Ferries"),
    ("navigation", "Blog navigation"),
    ("navigation", "Show/Hide"),
    ("navigation", "See all updates"),
    ("navigation", "Return to full list"),
    ("navigation", "Open accessibility menu"),
    ("navigation", "Filter by:"),
    ("navigation", "Download this press release"),
    ("navigation", "Search stories, people, topics…"),
    ("legal_notice", "Please enable JavaScript to view this page."),
    ("promo", "View this email in your browser"),
    ("tag_list", "Forward | Web version | Manage preferences | Unsubscribe"),
    ("navigation", "Menu Close"),
    ("navigation", "Skip to content Skip to footer"),
    ("cross_link", "← Back to news"),
    ("navigation", "Already have a Harbour account? Log in"),
    ("navigation", "« Pier reopens | Main | Ferry fares rise »"),
    ("navigation", "≪ Previous: Ferry fares rise"),
    ("navigation", "This is an archived article and the information in the article may be outdated."),
    ("navigation", "That concludes our live coverage of the storm."),
    ("navigation", "Thanks for following along, we'll be back tomorrow."),
    ("navigation", "Winter Storm Warning from SAT 6:00 AM until SUN 9:00 PM"),
    ("navigation", "12 of 400 DOCUMENTS"),
    ("navigation", "You are on page 3 of 12"),
    ("paywall", "Continued on page 4"),
    ("navigation", "Download as PDF or TXT"),
    ("navigation", "Licensing & Reprints"),
    ("navigation", "Journal information: Harbour Science Letters"),
    ("share_widget", "Join us on WhatsApp"),
    ("share_widget", "12.4K subscribers"),
    ("share_widget", "Follow by email"),
    ("share_widget", "Visit our website:"),
    ("share_widget", "Get short URL"),
    ("share_widget", "facebooktwitteremaillink"),
    ("share_widget", "Twitter Instagram RSS"),
    ("share_widget", "RSS - Posts RSS - Comments"),
    ("share_widget", "You can find us on Instagram and Threads."),
    ("share_widget", "Share this post with your friends!"),
    ("share_widget", "%d bloggers like this:"),
    ("share_widget", "Sorry, your blog cannot share posts by email."),
    ("share_widget", "Follow Harbour Times Facebook Twitter Instagram"),
    ("promo", "Want your company's news featured on HarbourWire?"),
    ("promo", "Get alerts on this topic"),
    ("promo", "Get Ferry Delay Notifications"),
    ("promo", "Enjoying this newsletter? Forward it to a friend."),
    ("promo", "Apple Podcasts Spotify Pocket Casts RSS"),
    ("promo", "212 episodes - English - updated weekly"),
    ("promo", "Discover all Harbour Times newsletters here."),
    ("promo", "Find and support your local radio station."),
    ("promo", "Join the Harbour Gardeners Facebook group."),
    ("promo", "You can follow the latest updates at harbourtimes.example."),
    ("promo", "Your news, delivered"),
    ("promo", "Welcome to the Harbour Times briefing, your guide to the week."),
    ("promo", "Find out what's happening in Orvik with free, real-time updates from Harbour Online."),
    ("promo", "Never miss another story."),
    ("promo", "Ready for more?"),
    ("promo", "Subscribe Subscribed"),
    ("promo", "Goal: $50k"),
    ("promo", "Support our nonprofit newsroom today."),
    ("promo", "Subscribe through your favourite podcast app."),
    ("promo", "Emails delivered daily"),
    ("promo", "Please check your inbox and confirm your subscription."),
    ("promo", "Send us a tip!"),
    ("promo", "View in app"),
    ("promo", "Keep up to date with the latest Orvik news with our free weekly email."),
    ("advertisement", "Please disable your ad blocker to keep reading."),
    ("advertisement", "This quiz is sponsored by Harbour Bank"),
    ("advertisement", "Presented by:"),
    ("advertisement", "Support provided by"),
    ("advertisement", "Become a Harbour Radio sponsor"),
    ("advertisement", "Harbour Radio thanks our sponsors"),
    ("advertisement", "Learn more about sponsor message choices"),
    ("advertisement", "Funding for Harbour Weekly is provided by the Orvik Foundation."),
    ("advertisement", "This is a paid press release."),
    ("advertisement", "This content was paid for by an advertiser and produced by the Harbour Studio."),
    ("advertisement", "The Harbour Times newsroom was not involved in the creation of this content."),
    ("advertisement", "All recommendations within this article are informed by our editors."),
    ("legal_notice", "We'd like to set additional cookies to understand how you use this site."),
    ("legal_notice", "You have rejected additional cookies."),
    ("legal_notice", "Cookies & Privacy"),
    ("legal_notice", "Your opt-out preference has been honored."),
    ("legal_notice", "Terms of Use (New)"),
    ("legal_notice", "This press release was issued through the HarbourWire distribution service."),
    ("legal_notice", "Hyperlinks are provided as a convenience only."),
    ("legal_notice", "Any arrest noted in this report should be considered merely an accusation."),
    ("legal_notice", "All content is available under the Orvik Open Licence, except where otherwise stated."),
    ("legal_notice", '"Harbour at dusk" by Ada Kerr is licensed under CC BY 2.0.'),
    ("copyright", "Except where otherwise noted, this site is licensed under a Creative Commons licence."),
    ("legal_notice", "Tom Birch does not work for, consult, own shares in or receive funding from any company that would "
                     "benefit from this article."),
    ("legal_notice", "Legal disclaimer:"),
    ("legal_notice", "Forward-looking statements"),
    ("legal_notice", "Proudly powered by WordPress"),
    ("legal_notice", "Blog at WordPress.com."),
    ("wire_trailer", "(END) Harbour Newswires"),
    ("copyright", "The post Ferry fares rise appeared first on Harbour Online."),
    ("wire_trailer", "Media contacts:"),
    ("copyright", "This article was originally published on harbourtimes.example."),
    ("wire_trailer", "This story comes to you from the Coastal News Network, a partnership of local stations."),
    ("wire_trailer", "This report was written by Lena Ford for the Orvik Review and is republished here with permission."),
    ("wire_trailer", "This article is an updated version of a story first published in 2019."),
    ("wire_trailer", "This content carries a strict local market embargo."),
    ("wire_trailer", "Harbour Week is a production of Harbour Radio and a proud member of the Coastal Network."),
    ("wire_trailer", "This was originally posted by Lena Ford and reshared here."),
    ("wire_trailer", "Source: Harbour News"),
    ("timestamp", "Updated: 3 months 1 week ago"),
    ("timestamp", "Last Updated March 3, 2024"),
    ("timestamp", "Posted Updated"),
    ("timestamp", "Published On 3 Mar 20243 Mar 2024"),
    ("timestamp", "Date modified:"),
    ("timestamp", "Day: March 3, 2024"),
    ("timestamp", "This episode originally aired on Mar 3, 2024"),
    ("timestamp", "From: Orvik Council Published 3 March 2024"),
    ("timestamp", "Vol. 12, No. 48"),
    ("timestamp", "March 3, 2024 │ ferries, transport"),
    ("timestamp", "ORVIK, Norway--(BUSINESS WIRE)--"),
    ("timestamp", "The statement made by the harbour master on 3 March 2024."),
    ("reading_time", "6 min readMar 3, 2024"),
    ("reading_time", "Lena Ford 12 min read"),
    ("reading_time", "Reading time: less than a minute"),
    ("comments", "Fill in your details below or click an icon to log in:"),
    ("comments", "You are commenting using your WordPress.com account."),
    ("comments", "Facebook photo"),
    ("comments", "Please enter your comment here"),
    ("comments", "Email (Required) Name (Required) Website"),
    ("comments", "Loading Comments..."),
    ("comments", "Expand full comment"),
    ("comments", "24 more comments..."),
    ("comments", "You can leave a response, or trackback from your own site."),
    ("comments", "Leave a response"),
    ("comments", "Speak your mind"),
    ("comments", "Attack the position, not the person."),
    ("comments", "Please do not libel anyone."),
    ("byline", "Ada Kerr March 3, 2024 at 9:10 PM"),
    ("share_widget", "Share or comment on this article"),
    ("comments", "What do you think? Post a comment."),
    ("comments", "Your comment will be posted to Harbour Online as usual."),
    ("recirculation_block", "Recent news"),
    ("recirculation_block", "Also from this source"),
    ("recirculation_block", "Trending now on Harbour Online"),
    ("recirculation_block", "Top posts & pages"),
    ("recirculation_block", "Special coverage"),
    ("recirculation_block", "Weekend reading"),
    ("recirculation_block", "In this issue:"),
    ("recirculation_block", "Popular posts from the last 30 days"),
    ("recirculation_block", "Related to what you're reading:"),
    ("recirculation_block", "Check out the original stories:"),
    ("recirculation_block", "Thanks for reading – there's more on the storm below."),
    ("recirculation_block", "List of 4 items"),
    ("cross_link", "Read more: harbourtimes.example/news/2024-03-03-ferries"),
    ("cross_link", "Find the web version of this story here."),
    ("cross_link", "Storm closes the pier for a second day.More"),
    ("cross_link", "Ferry fares rise for the first time in a decade. More >>"),
    ("cross_link", "list 2 of 4Ferry fares rise for the first time in a decade"),
    ("cross_link", "Read more on Harbour Online FERRY FURY Fares rise again"),
    ("cross_link", "Read all the latest Orvik news"),
    ("cross_link", "Read our full coverage of the storm."),
    ("cross_link", "Read the other parts in this series:"),
    ("cross_link", "[News] Ferry fares rise for the first time in a decade"),
    ("tag_list", "Tags Ferries, Orvik, Transport, Weather"),
    ("tag_list", "Category Archives: Ferries"),
    ("tag_list", "This entry was posted in Ferries by harbourfan. Bookmark the permalink."),
    ("tag_list", "March 3, 2024 · No Comments · Category: Ferries"),
    ("tag_list", "Published: Source: Harbour NewsTopic: Transport"),
    ("tag_list", "Showing posts with label ferries. Show all posts"),
    ("tag_list", "Latest news with #Orvik"),
    ("tag_list", "Posted in Ferries"),
    # letters dressed up as mathematical bold or full width are read as the letters they show
    ("cross_link", "𝐑𝐞𝐚𝐝 𝐌𝐨𝐫𝐞: Ferry fares rise for the first time in a decade"),
    ("share_widget", "ＳＨＡＲＥ ＴＨＩＳ ＡＲＴＩＣＬＥ"),
]
TAIL_VARIANTS += [
    # session 18: a press release's source line, a nonprofit newsroom's description of itself
    ("wire_trailer", "SOURCE Harbour Ferries Ltd"),
    ("wire_trailer", "Harbour Online is an independent, nonprofit newsroom covering the coast."),
]
HEAD_VARIANTS += [
    # session 18: bylines and stamps of broadcasters, wires and blogs
    ("byline", "By transport reporter Lena Ford"),
    ("byline", "By Ada Kerr and Tom Birch for Harbour Weekly"),
    ("byline", "Lena Ford, Harbour Times Mar 3, 2024, at 9:10 am EST"),
    ("byline", "Posted by harbourfan March 3, 2024"),
    ("byline", "Traffic reporter Tom Birch Posted March 3, 2024 7:40am EST"),
    ("byline", "March 3, 2024 Lena Ford"),
    ("byline", "3/9/2024 2:30 PM PDT BY HARBOUR STAFF"),
    ("byline", "This article was written by"),
    ("byline", "See full bio"),
    ("byline", "Tom Birch, Harbour Online StaffVerified Harbour Online Staff Badge"),
]

# session 18 (pool audits 17-20: sport and entertainment, business, technology and science, magazines)
MIDDLE_VARIANTS += [
    ("wire_trailer", "Materials provided by Orvik University. Note: Content may be edited for style and length."),
    ("wire_trailer", "Materials provided by Orvik University"),
    ("wire_trailer", "Story Source:"),
    ("wire_trailer", "Journal Reference:"),
    ("wire_trailer", "More information:"),
    ("wire_trailer", "Citation: Tide gauges show the harbour rising (2026, March 3) retrieved 9 March 2026 from "
                     "https://harbourscience.example/news/tides"),
    ("wire_trailer", "Lena Ford et al, Tides of the North Coast, Harbour Science Letters (2026). DOI: 10.1234/hsl.2026.0042"),
    ("wire_trailer", "This article has been reviewed according to Harbour Science's editorial process and policies."),
    ("wire_trailer", "EDITOR'S NOTE: This story is a collaboration between Orvik University and Harbour Wire."),
    ("wire_trailer", "Originally posted at Harbour Notes."),
    ("wire_trailer", "The post Ferry fares rise first appeared on Harbour Online."),
    ("caption", "Image for article titled The pier reopens at last"),
    ("caption", "Play Video - 'Out of our depth' | Orvik manager on the cup defeat"),
    ("caption", "Ada Kerr-USA TODAY Sports"),
    ("wire_trailer", "Data provided by Opta"),
    ("caption", "Logo for Harbour Radio"),
    ("caption", "Cover illustration by Ada Kerr for Harbour Weekly"),
    ("caption", "Ferry passengers at dawn | Tom Birch/Harbour Times/Agency"),
    ("caption", "The pier at low tide. ||| Lena Ford"),
    ("caption", "harbourpix/iStock/Getty Images Plus"),
    ("caption", "12 more images in gallery"),
    ("caption", "The lighthouse seen from the cliffs above Orvik. Lena Ford/flickr"),
    ("navigation", "Toggle dark mode"),
    ("navigation", "Prev story Next story"),
    ("byline", "Feedback to editors"),
    ("navigation", "Learn about our editorial process"),
    ("navigation", "This live blog is now closed"),
    ("navigation", "peer-reviewed publication"),
    ("navigation", "Thank you for visiting. You are using a browser version with limited support for CSS."),
    ("navigation", ".related-stories { display: none !important; }"),
    ("navigation", "googletag.cmd.push(function() { googletag.display('ad-slot-2'); });"),
    ("navigation", "Skip to main content Menu NEWS SPORT WEATHER"),
    ("navigation", "Harbour Science Letters, volume 4, Article number: 12 (2026)Cite this article"),
    ("navigation", "Contact us Advertise with us Reprints Careers"),
    ("navigation", "Back to top button"),
    ("navigation", "Subscriber Support"),
    ("navigation", "Loading stock data..."),
    ("navigation", "Letters should include the writer's full name and address."),
    ("navigation", "We want to hear what you think about this article. Write to letters@harbourtimes.example."),
    ("navigation", "Harbour Weekly Print Edition Logo"),
    ("navigation", "You're reading Harbour Explainers: short guides to the week's stories."),
    ("promo", "Add us as a preferred source on Google"),
    ("promo", "Forward this email to a friend"),
    ("share_widget", "Follow Lena : Threads , Bluesky , and Mastodon ."),
    ("share_widget", "Posts from this author will be added to your daily email digest."),
    ("share_widget", "Share All sharing options for: Ferry fares rise Reddit Pocket Flipboard Email"),
    ("share_widget", "Share this article share tweet email link"),
    ("share_widget", "Save this storySave this story"),
    ("share_widget", "sharefacebookxredditlink"),
    ("promo", "You are now subscribed"),
    ("promo", "Your newsletter sign-up was successful"),
    ("promo", "An account already exists for this email address, please log in."),
    ("promo", "A free weekly digest of the stories that matter on the coast."),
    ("promo", "Save up to $120 today!"),
    ("promo", "Flash sale: get $50 off your Harbour Summit ticket"),
    ("promo", "If you're enjoying this article, consider subscribing to Harbour Times."),
    ("promo", "Check out Harbour Radio on YouTube for more ferry news:"),
    ("promo", "Play today's crossword"),
    ("promo", "Get 8 issues for $8"),
    ("promo", "Welcome offer: $1 a week for a year"),
    ("promo", "This is an edition of Harbour Daily, a newsletter about the coast."),
    ("paywall", "Read 32 remaining paragraphs | Comments"),
    ("paywall", "Access options"),
    ("paywall", "Rent or buy this article"),
    ("paywall", "Prices may be subject to local taxes which are calculated during checkout"),
    ("paywall", "Receive 12 digital issues and online access to articles"),
    ("paywall", "... [1200 chars]"),
    ("advertisement", "All cup odds courtesy of Harbour Bet as of 11:20 a.m. on Friday."),
    ("advertisement", "Latest odds: Orvik -2.5 Bet Now"),
    ("advertisement", "Harbour Pods 2: $149 (Reg. $199)"),
    ("advertisement", "Top Harbour Travel promo codes for March"),
    ("advertisement", "From our sponsor"),
    ("advertisement", "Advertising inquiries: harbourradio.example/ads"),
    ("legal_notice", "By clicking Accept, you agree to the storing of cookies on your device."),
    ("legal_notice", "Cookies Settings Accept All Cookies"),
    ("legal_notice", "Reject all cookies"),
    ("legal_notice", "No, take me to settings"),
    ("legal_notice", "Harbour Times and the anchor logo are trademarks of Estuary Press Ltd."),
    ("legal_notice", "Terms of Use Privacy Policy Your US State Privacy Rights Accessibility"),
    ("comments", "Loading comments Getting the conversation ready..."),
    ("comments", "Liked by 6 people"),
    ("comments", "Sign in or create a Harbour account to leave a comment."),
    ("comments", "Be civil. Be kind."),
    ("comments", "Comments Off on Ferry fares rise"),
    ("comments", "Connecting to %s"),
    ("comments", "Comments are currently closed and new comments are no longer being accepted."),
    ("comments", "Ada Kerr in reply to harbourfan"),
    ("comments", "Why create an account? It's free."),
    ("recirculation_block", "Explore the latest news and features"),
    ("recirculation_block", "Latest in Ferries"),
    ("recirculation_block", "Trending Harbour Science articles"),
    ("recirculation_block", "From the Archives"),
    ("recirculation_block", "Watch next"),
    ("recirculation_block", "First, here are three new stories from Harbour Weekly:"),
]
HEAD_VARIANTS += [
    # session 18 (pool audits 17-20)
    ("byline", "byHarbour Weekly"),
    ("byline", "Author: Lena Ford"),
    ("byline", "edited by Ada Kerr, reviewed by Tom Birch"),
    ("byline", "Lena Ford Senior Transport Editor"),
    ("byline", "Senior Reporter, Transport"),
    ("byline", "View Bio"),
    ("byline", "Who's behind this story?"),
    ("byline", "You can send tips and typos to lena@harbourtimes.example."),
    ("byline", "Magazine | March 3, 2024, Issue"),
    ("reading_time", "March 3, 2024 · 4 min · 850 words · Lena Ford"),
    ("reading_time", "Harbour Times7 min read"),
]

# session 18 (pool audit 18: business and financial news)
MIDDLE_VARIANTS += [
    ("legal_notice", "Lena Ford has no position in any of the stocks mentioned."),
    ("legal_notice", "These cookies are necessary for the website to function and cannot be switched off."),
    ("legal_notice", "Store and/or access information on a device. Use limited data to select advertising."),
    ("legal_notice", "This content is not available due to your privacy preferences."),
    ("legal_notice", "By accessing this page, you agree to our Privacy Policy and Terms."),
    ("legal_notice", "Disclaimer: The views in this analysis are the writer's own."),
    ("legal_notice", "Harbour Invest's Disclosure: Past performance is no guarantee of future results."),
    ("legal_notice", "Advertiser Disclosure"),
    ("legal_notice", "For commercial reproduction or distribution, contact Harbour Reprints."),
    ("legal_notice", "Copyright for syndicated content belongs to the linked source."),
    ("legal_notice", "About Help Feedback Sitemap Licensing Premium Plans"),
    ("promo", "Before you buy stock in Harbour Ferries, consider this:"),
    ("promo", "10 stocks we like better than Harbour Ferries ›"),
    ("promo", "*Stock Advisor returns as of March 3, 2024"),
    ("promo", "Should you buy stock in Harbour Ferries right now?"),
    ("promo", "See the 10 stocks »"),
    ("promo", "Where to invest $1,000 right now"),
    ("promo", "Time to act on HRBF?"),
    ("promo", "Harbour Ferries, Inc. (HRBF) : Free Stock Analysis Report"),
    ("promo", "Visit Harbour Business's homepage for more stories."),
    ("promo", "Read the latest financial and business news from Harbour Finance"),
    ("promo", "Newsletter sign-up"),
    ("promo", "Portfolio Sign in to access your portfolio"),
    ("promo", "Stocks: Create your watchlist and portfolio"),
    ("navigation", "HRBF, +1.55%"),
    ("navigation", "209.11 +0.49 (+0.23%) At close: March 3 at 4:00 PM EST"),
    ("navigation", "U.S. markets open in 9h 10m"),
    ("navigation", "Intraday data provided by Harbour Data and subject to terms of use."),
    ("navigation", "Stock quotes supplied by Harbour Data"),
    ("navigation", "Chevron icon It indicates an expandable section or menu."),
    ("navigation", "Please turn to page A6"),
    ("navigation", "Search Please fill out this field."),
    ("navigation", "Oops! Something went wrong. Please try again later."),
    ("navigation", "... MORE"),
    ("navigation", "Continue to article"),
    ("navigation", "News > Capital Markets"),
    ("navigation", "Share Reuse this content"),
    ("caption", "Click on graph for larger image."),
    ("caption", "View this interactive chart on Harbour Finance"),
    ("caption", "HRBF PE Ratio data by YCharts."),
    ("caption", "Fares have risen faster than wages since 2019. Source: Orvik Statistics"),
    ("caption", "Ada Kerr/Harbour Images; Tom Birch/HB"),
    ("caption", "This March 3, 2024, file photo shows the Orvik ferry terminal."),
    ("comments", "Comments have not been enabled for this article."),
    ("comments", "Be respectful. Keep the discussion civil."),
    ("comments", "We encourage you to use comments to share your view."),
    ("recirculation_block", "Articles you may like"),
    ("recirculation_block", "People also watch"),
    ("recirculation_block", "Most Read from Harbour Business"),
    ("recirculation_block", "TRENDING 1. Ferry fares rise 2. Pier reopens"),
    ("paywall", "This is a Harbour Premium article gifted to you."),
    ("paywall", "Or, if you are already a subscriber"),
    ("advertisement", "Please enable JS and disable any ad blocker"),
    ("tag_list", "Tag Archives: HRBF"),
    ("tag_list", "About: Harbour Ferries (HRBF), Includes: ORVK, PIER"),
    ("tag_list", "HRBF ORVK.OL PIER.L NAVS"),
    ("wire_trailer", "Zacks Investment Research"),
    ("wire_trailer", "Harbour Money is part of the Estuary publishing family."),
    ("timestamp", "March 3, 2024 8:46 AM (UTC+8)"),
]

# session 18 (pool audits 21-23: wire services, archived and exported copies, health news)
MIDDLE_VARIANTS += [
    ("navigation", "The Wayback Machine - https://web.archive.org/web/20240303120000/https://harbourtimes.example/ferries"),
    ("navigation", "From Wikipedia, the free encyclopedia"),
    ("navigation", "[edit]"),
    ("navigation", "To revisit this article, visit My Profile, then View saved stories"),
    ("navigation", "Scroll to Top"),
    ("navigation", "Submit Search"),
    ("navigation", "Open navigation menu"),
    ("navigation", "Available Formats Download as PDF, TXT or read online"),
    ("navigation", "1.2K views 16 pages"),
    ("navigation", "Table of Contents >> Show >> Hide"),
    ("navigation", "How we reviewed this article:"),
    ("navigation", "Spotted an error or a dead link? Tell us."),
    ("navigation", "Disable Sticky Ads"),
    ("caption", "(Harbour Wire/Lena Ford)"),
    ("caption", "Ferry passengers queue at the pier on Monday. [Photo/HW]"),
    ("caption", "Item 1 of 12 Rescuers search the water near the pier"),
    ("caption", "[1/12]Rescuers search the water near the pier"),
    ("caption", "Image result for ferry fares"),
    ("caption", "Related image"),
    ("comments", "Did you like this story?"),
    ("comments", "We'd love to hear your thoughts on our reporting."),
    ("comments", "Posted Mar 3, 2024 5:40 UTC (Sun) by harbourfan [Link]"),
    ("recirculation_block", "Most Commented/Read Stories in 48 Hours"),
    ("recirculation_block", "Today's top news"),
    ("legal_notice", "Permissions Obtain information about reproducing this article: harbourscience.example/permissions"),
    ("legal_notice", "We take content rights seriously. If you suspect this is your content, claim it here."),
    ("legal_notice", "This page is educational and is not a substitute for personalised medical advice."),
    ("legal_notice", "Important: The views expressed in this article are those of the author."),
    ("advertisement", "Health Solutions From Our Sponsors"),
    ("byline", "Associated Press • 3/3/2024"),
    ("wire_trailer", "Editor's note: This article, distributed by Harbour Wire, was originally published on Orvik Review."),
    ("wire_trailer", "The Associated Press, an independent global news organisation, is dedicated to factual reporting."),
    ("wire_trailer", "(Harbour Weekly 3/3/2024 page4)"),
    ("wire_trailer", "This article was contributed by Lena Ford"),
    ("timestamp", "March 3, 20247:02 AM GMT+1Updated a year ago"),
]
HEAD_VARIANTS += [
    ("byline", "Lena Ford | Mar 3, 2024"),
    ("byline", "3 days ago by Lena Ford"),
    ("byline", "Written & medically reviewed by Dr. Ada Kerr"),
    ("byline", "Last medically reviewed on March 3, 2024"),
    ("byline", "Reviewed by:Last reviewed on March 3, 2024"),
    ("byline", "This article has been medically reviewed or fact checked to ensure factually accurate information."),
]

# session 18 (pool audit 24: UK and Irish regional papers; embedded posts as the BBC's pages carry them)
MIDDLE_VARIANTS += [
    ("navigation", "Skip twitter post"),
    ("navigation", "End of instagram post 2"),
    ("navigation", "Browse latest View live"),
    ("legal_notice", "Allow Twitter content?"),
    ("legal_notice", "This article contains content provided by Twitter. We ask for your permission first."),
    ("caption", "The closed pierImage source, Harbour Council"),
    ("caption", "Image caption, The pier was closed on Monday"),
    ("advertisement", "Hide AdAdvertisement"),
    ("promo", "Our community members are treated to special offers and promotions from us."),
    ("promo", "From just £1 a month you can help fund our reporting."),
    ("promo", "Sign up to get our FREE email news bulletins."),
    ("recirculation_block", "Most recent"),
    ("timestamp", "Updates from Friday 3 March 2024"),
    ("timestamp", "Read MoreUpdates from Monday 4 March to Sunday 10 March"),
    ("timestamp", "Publication Date:-"),
]
# session 19: an agency's long caption with its credit in brackets, a picture library's caption, a newsroom's appeal
MIDDLE_VARIANTS += [
    ("caption", "Dock workers unload the first container at the new Orvik terminal on Tuesday, March 5, 2024, as the harbour "
                "board's chair looks on from the quay beside the old customs house and the ferry waits. (AP Photo/Lena Ford, File)"),
    ("caption", "Dock workers unload the first container at the new Orvik terminal on Tuesday, March 5, 2024, as the harbour "
                "board's chair looks on from the quay beside the old customs house and the ferry waits. (Photo by Lena Ford for the Harbour Times)"),
    ("caption", "ORVIK, NORWAY - MARCH 5: Dock workers unload the first container at the new terminal on March 5, 2024 in Orvik, "
                "Norway, as the harbour board's chair looks on from the quay beside the old customs house and the ferry waits."),
    ("caption", "Harbour captain Ann Lee during the regatta (Lena Ford/Orvik Images)"),
    ("promo", "Will you support Harbour reporting?"),
    ("promo", "We count on readers like you to keep the Harbour Times free to read."),
    ("promo", "Your donation helps us keep local journalism on every doorstep in Orvik."),
    ("promo", "Thank you for subscribing!"),
    ("promo", "Keep our journalism independent by becoming a member today."),
    ("promo", "Something went wrong while signing you up for the newsletter. Please try again."),
    ("promo", "Please enter a valid email address."),
    ("recirculation_block", "..read more"),  # ellipses in front are decoration too
    ("recirculation_block", "... [Read More]"),
    ("share_widget", "Share this news"),
    ("share_widget", "SHARE THIS RELEASE"),
    ("navigation", "Letters Archive >"),
    ("navigation", "Opinion Archive »"),
    ("cross_link", "Read the full review: The Harbour Inn"),
    ("cross_link", "Read full interview: Orvik's new harbour master"),
    ("navigation", "BACK TO THE TOP"),
    ("navigation", "Skip to: Content"),
    ("navigation", 'Press "Enter" to skip to content'),
    ("navigation", "Start typing and press Enter to search"),
    ("caption", "Ferry passengers queue at the new Orvik terminal on its first morning, Tuesday, March 5, 2024. (HT photo/Lena Ford)"),
    ("caption", "Ferry passengers queue at the new Orvik terminal on its first morning, Tuesday, March 5, 2024. (THE CANADIAN PRESS/Lena Ford)"),
    ("caption", "This photo provided by the harbour board shows the new Orvik terminal on Tuesday, March 5, 2024. (Orvik Harbour Board via AP)"),
    ("cross_link", "Harbour Times Read Article"),
    ("cross_link", "Ferry fares to rise in April as the board counts the cost of the new terminal Continue reading..."),
    ("cross_link", "Find out what's happening in Orvikwith free, real-time updates from Harbour Local."),
    ("cross_link", "People are also reading…"),
    ("promo", "Help fund our independent harbour journalism"),
    ("promo", "Reader support keeps our local news free for everyone in Orvik."),
]
HEAD_VARIANTS += [
    ("byline", "Transport • March 3, 2024 • by Lena Ford"),
    ("byline", "- Lena Ford Local democracy reporter lena.ford@harbourtimes.example"),
    ("byline", "Local Democracy Reporting Service"),
]

# session 20: live pages, audio and video pages, European outlets, a paper's community pages (pools 33-36)
MIDDLE_VARIANTS += [
    ("share_widget", "Click to share on Facebook (Opens in new window) Click to share on X (Opens in new window)"),
    ("share_widget", "Share on Bluesky (Opens in new window) Bluesky"),
    ("share_widget", "Share on other sites"),
    ("share_widget", "Rate this:"),
    ("comments", "RSS feed for comments on this post. TrackBack URI"),
    ("comments", "Reply With Quote"),
    ("comments", "Sign in or get an account to comment."),
    ("comments", "Enter the characters shown in the image."),
    ("comments", "This question is for testing whether you are a human visitor and to prevent automated spam submissions."),
    ("comments", 'You may use these HTML tags and attributes: <a href=""> <b> <em>'),
    ("comments", "Comments (4)"),
    ("comments", "3 comments • flag"),
    ("comments", "Harbourfan said..."),
    ("comments", "Please note, this thread will shortly be closing for the night."),
    ("comments", "Got a view on the ferry? Let us know in the comments below!"),
    ("wire_trailer", "Source link"),
    ("wire_trailer", "Read the original story on www.harbourtimes.example"),
    ("wire_trailer", "This press release was published on harbourwire."),
    ("wire_trailer", "This article is hosted on an external website."),
    ("wire_trailer", "from Harbour News - Top Stories https://ift.tt/4xyzab"),
    ("agency_credit", "Reporting by Lena Ford and Tom Ash in Orvik, Ann Lee and Per Dahl in Bergen and Kari Moe, Ola Berg, Siri Lund, "
                      "Jon Vik, Eva Strand and Lars Holm in Oslo; Editing by Nils Bakke, Ida Rud, Anders Foss and Mia Sand"),
    ("navigation", "Continued on Next Page"),
    ("navigation", "Read next page"),
    ("navigation", "Click to Continue »"),
    ("navigation", "Exit mobile version"),
    ("navigation", "Return to Transcripts main page"),
    ("navigation", "View Full Version : Ferry timetable thread"),
    ("navigation", "Skip youtube video"),
    ("navigation", "en_GBEnglish"),
    ("navigation", "Beginning of dialog window. Escape will cancel and close the window."),
    ("navigation", "Read the latest on the strike below. (To see the latest updates, you may need to refresh the page.)"),
    ("timestamp", "This live blog is now closed. Our latest coverage of the strike is here"),
    ("timestamp", "All times are local"),
    ("timestamp", "The Latest on the harbour strike (all times local):"),
    ("timestamp", "The latest on the harbour strike. All times GMT:"),
    ("timestamp", "Postpublished at 15:38 British Summer Time 22 April 2015"),
    ("timestamp", "published at 10:55 GMT 5 February"),
    ("timestamp", "Update 12 [20:15 March 6th]"),
    ("timestamp", "1,204d ago / 9:25 AM EST"),
    ("timestamp", "0:00:05.720 --> 0:00:06.080"),
    ("timestamp", "Starting point is 00:00:00"),
    ("timestamp", "Live updates for Tuesday, March 5, continue below:"),
    ("advertisement", "This podcast is brought to you by Harbour Savings."),
    ("advertisement", "THIS PROGRAM WAS MADE POSSIBLE BY THE HARBOUR FOUNDATION."),
    ("advertisement", "1. How relevant is this ad to you?"),
    ("advertisement", "Harbour Times values your feedback"),
    ("advertisement", "Learn More about Harbour Radio online sponsorship"),
    ("advertisement", "This is a political ad. More info at https://harbour.example/ads/"),
    ("advertisement", "Today's edition is powered by the Harbour Alliance"),
    ("advertisement", "Orvik's offshore future [Promoted content]"),
    ("advertisement", "To hear Harbour Radio's podcasts, you will need to disable any ad blocking extensions or whitelist this site."),
    ("promo", "If you enjoyed the podcast, tell a friend!"),
    ("promo", "Please subscribe to Harbour Weekly on Apple Podcasts, Spotify or wherever you listen."),
    ("promo", "Sign up for Harbour Times newsletters."),
    ("promo", "There has never been a better time to support our journalism: make a donation today."),
    ("promo", "Got a tip for us? Email:"),
    ("promo", "We are an independent, nonprofit newsroom, funded through the support of our readers."),
    ("promo", "Readers like you keep local news free for everyone."),
    ("promo", "Keep our news free from paywalls by making a donation!"),
    ("promo", "Your support, no matter how small, keeps us going."),
    ("promo", "Support us today Not now"),
    ("promo", "We will send you a quick reminder in the future, in case you change your mind."),
    ("promo", "Got a story we should know about? Drop us a line."),
    ("promo", "Already signed up? LOG IN"),
    ("promo", "Welcome to the Harbour Brief, your weekly update on the port. You can subscribe here if you have not yet."),
    ("caption", '[caption id="attachment_12" align="aligncenter" width="600"]'),
    ("caption", "[/caption]"),
    ("caption", "(Photo/Lena Ford) MORE LESS"),
    ("caption", "Dock workers at the quay. Picture date: Tuesday March 5, 2024. PA Photo. See PA story HARBOUR Strike."),
    ("caption", "Source: https://www.youtube.com/watch?v=abc123"),
    ("caption", "media captionThe ferry left Orvik at dawn"),
    ("caption", "Dock workers unload the first container at the new terminal Image: Lena Ford/dpa/picture alliance"),
    ("caption", "videocam"),
    ("caption", "chevron_right"),
    ("reading_time", "LENGTH: 2451 words"),
    ("reading_time", "LOAD-DATE: March 6, 2024"),
    ("reading_time", "PUBLISHED: | UPDATED:"),
    ("reading_time", "Published 9 months ago · 356 views"),
    ("legal_notice", "If you continue using the site, we'll assume you're ok with this."),
    ("legal_notice", "Allow YouTube content?"),
    ("legal_notice", "As set out in our Cookie Policy, you can manage your cookie choices at any time."),
    ("legal_notice", "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM."),
    ("legal_notice", "Harbour Radio transcripts are created on a rush deadline by a contractor."),
    ("legal_notice", "You are welcome to republish this Harbour Times article online and in print."),
    ("cross_link", "You can read all our harbour strike coverage here."),
    ("cross_link", "Other Topics of Interest"),
    ("cross_link", "Latest news from: Harbour Times in Orvik »"),
    ("cross_link", "Posted in Articles - Harbour Times, Featured | 3 Comments"),
]
TAIL_VARIANTS += [
    ("promo", "Producer: Lena Ford Editor: Tom Ash"),
    ("promo", "Today's episode was guest-hosted by Lena Ford."),
    ("promo", "This episode was produced by Lena Ford and edited by Tom Ash."),
]

# session 20, second round: publishing systems' widgets, trade press, outlets of Asia, Africa, Latin America (pools 37-40)
MIDDLE_VARIANTS += [
    ("cross_link", "(more…)"),
    ("cross_link", "[Continue]"),
    ("cross_link", "[FULL STORY]"),
    ("cross_link", "Read the rest of this entry »"),
    ("cross_link", "Continue reading at"),
    ("cross_link", "Read it here."),
    ("cross_link", "Full article:"),
    ("cross_link", "👓 View full article"),
    ("cross_link", "Follow the link for complete article (link)"),
    ("cross_link", "CONTINUE READING THE ARTICLE FROM Harbour Times HERE"),
    ("cross_link", "Read the rest of the editorial from the Harbour Times here."),
    ("cross_link", "Read moreFerry fares to rise in April"),
    ("cross_link", "read more https://www.harbourtimes.example/501094185/ferry-fares-rise/"),
    ("cross_link", "Fishermen are making their voices heard in the quota debate. See pages 82-83."),
    ("cross_link", "Report on — page 5"),
    ("cross_link", "Page 3"),
    ('cross_link', 'In "Harbour life"'),
    ("cross_link", "Ferry timetable for the winter December 11, 2013 Liked by 1 person"),
    ("cross_link", "Latest articles"),
    ("cross_link", "Just Published"),
    ("cross_link", "Industry reads hand-picked by our editors"),
    ("cross_link", "Habari Zinazoendana"),
    ("paywall", "Your current account does not have access to this premium item. Please upgrade your membership."),
    ("paywall", "You are currently not logged into your account. Register and get a two week trial."),
    ("paywall", "This full article is only accessible by current license holders. Please login to view the full content."),
    ("paywall", "Full article available to clients; to subscribe please submit your details using the form below."),
    ("paywall", "Thanks for your interest in Harbour Money! To unlock this article, enter your e-mail to log in."),
    ("paywall", "With a Harbour Times subscription you'll unlock:"),
    ("paywall", "Included free with your web subscription. Learn more."),
    ("paywall", "(This newsletter is for premium subscribers only. Become one now!)"),
    ("paywall", "Do not miss out on any premium content and get your subscription now!"),
    ("paywall", "Enjoy your 30-day limited-time offer for US$ 0.25 a week"),
    ("paywall", "Limited time offer!"),
    ("paywall", "For only $2.99 $1.49 per week"),
    ("promo", "Harbour Dim Sum: Weekly email digest"),
    ("promo", "Dear HT reader,"),
    ("promo", "— just like 106,873 professionals"),
    ("promo", "Join our crew and become one of the 108,821 members that receive our newsletter."),
    ("promo", "For weekly podcasts from the quay, scan the QR code or go to harbourtimes.example/podcast"),
    ("promo", "Join our family of readers for as little as $5 per month and support local, unbiased journalism."),
    ("navigation", "Please send letters to the editor for publication to letters@harbourtimes.example"),  # an older entry's
    ("promo", "If you're interested in submitting a Letter to the Editor, click the submit button below."),
    ("promo", "The ePaper edition, on the Web & in stores for Android, iPhone & iPad."),
    ("promo", "Create successful ePaper yourself"),
    ("promo", "Turn your PDF publications into a flip-book with our e-Paper software."),
    ("promo", "Stay informed with in-depth coverage, live updates, and exclusive stories."),
    ("promo", "Click for our Daily Harbour Weather Report."),
    ("promo", "Pick up your copy inside the Harbour Times, this and every Saturday."),
    ("promo", "Support the show (https://www.buymeacoffee.com/harbourtimes)"),
    ("promo", "Do you have an idea for the Harbour Times to cover? Submit it here!"),
    ("promo", "If you'd no longer like to receive emails from Harbour Times, you can unsubscribe here."),
    ("promo", "Stay ahead with the latest ferry news. Trusted by 50,000+ subscribers."),
    ("share_widget", "LinkedInFacebookTwitterEmail this Story"),
    ("share_widget", "LinkedIn Twitter Facebook Email"),
    ("share_widget", "Posted by Lena Ford at 09:58 Email ThisBlogThis!Share to TwitterShare to Facebook"),
    ("share_widget", "Like this: Like Loading..."),
    ("share_widget", "__ May 06, 2011 __ Permalink __ Like __ Tweet __ +1"),
    ("share_widget", "Embed this content in your HTML"),
    ("share_widget", "Wait! are you on telegram? now you can join us on telegram as well."),
    ("share_widget", "Love ferries? Be sure to like Harbour Times on Facebook for more updates!"),
    ("share_widget", "Stay current - Follow HT on WhatsApp, Google news and Telegram"),
    ("share_widget", "Liked it? Share it! Click to share on Facebook (Opens in new window) Facebook"),
    ("comments", "Your latest comments"),
    ("comments", "0 No comments"),
    ("comments", "Reply To:"),
    ("comments", "Harbourfan - Reply Comment"),
    ("comments", "Comments will be edited (grammar, spelling and slang) at the discretion of the Harbour Times."),
    ("comments", "0 Comments · Make a comment"),
    ("comments", "We welcome reader comments on the top stories of the day."),
    ("comments", "4. Please do not write in block capitals since this makes your comment hard to read."),
    ("comments", "3. We ask that comments are civil and free of libellous or hateful material."),
    ("comments", "Joined: Oct 1999"),
    ("comments", "Previous Thread"),
    ("comments", "Comments Restacks"),
    ("comments", "Reblogged this on harbourblog and commented:"),
    ("comments", "This comment has been removed by a blog administrator."),
    ("comments", "by • December 23, 2010 • Harbour projects • 0 Comments"),
    ("legal_notice", "The views and opinions expressed in these articles are not those of Harbour News Summary."),
    ("legal_notice", "Transcriptions provided are machine generated, and mistakes will happen."),
    ("legal_notice", "This transcript has been automatically generated and may not be 100% accurate."),
    ("legal_notice", "These translations are done via Google Translate"),
    ("legal_notice", "Necessary Always EnabledNecessary cookies are absolutely essential for the website to function properly."),
    ("legal_notice", "We have restricted our service in your region for the time being. Sorry for the inconvenience."),
    ("legal_notice", "Privacy, T's & C's"),
    ("legal_notice", "Like many websites, we use small pieces of data called cookies to serve you better."),
    ("legal_notice", "Images that appear on this site are the properties of their respective owners."),
    ("legal_notice", "For any information or claim on this article, see directly with the newspaper."),
    ("wire_trailer", "Source: https://www.harbourtimes.example/ferry/fares-5499120"),
    ("wire_trailer", 'Source: www.harbourtimes.example, "PA" 9:11am (UK)'),
    ("wire_trailer", "Source: Harbourwire.gr 25/07/08-11:46"),
    ("wire_trailer", "Source: Reuters (Reporting by Lena Ford; Editing by Tom Ash)"),
    ("wire_trailer", "By harbourtimes.example and is republished with permission"),
    ("wire_trailer", "This editorial was first published in print on the 25th of October."),
    ("wire_trailer", "This content originally appeared on Harbour Times."),
    ("wire_trailer", '... Article published by "Harbour Times" (Orvik), read more'),
    ("wire_trailer", "Compiled from a series of Harbour Times articles by Lena Ford. Edited by Tom Ash."),
    ("wire_trailer", "-LDF/NB/BM, HARBOUR NEWS"),
    ("wire_trailer", "(kes)(+)"),
    ("navigation", "Search for:"),
    ("navigation", "Page load link"),
    ("navigation", "PreviousNext"),
    ("navigation", "Go to Top"),
    ("navigation", "top of page"),
    ("navigation", "Post navigationFerry fares rise in AprilNew terminal opens"),
    ("navigation", "You are the owner of this article."),
    ("navigation", "JavaScript is off. Please enable to view full site."),
    ("navigation", "Wed, 27 Sep 2023 Today's Paper"),
    ("navigation", "Read in browser"),
    ("navigation", "There are new articles available, click to refresh the page."),
    ("navigation", "The following two tabs change content below."),
    ("navigation", "Syndicate content"),
    ("navigation", "Current issue | Issue 1346, (25 - 31 May 2017)"),
    ("navigation", "Subscribe Login"),
    ("navigation", "Show Hide image"),
    ("navigation", "26 Feb 2020 - {{hitsCtrl.values.hits}}"),
    ("navigation", "Copyright All right reserved Theme: Harbour Mag by HarbourThemes"),
    ("navigation", "View my complete profile"),
    ("timestamp", "29 Mar 2020 5 hours ago"),
    ("timestamp", "Opinion, Editorial, Published on 04/02/2026"),
    ("timestamp", "This notice was published: 2021-05-10 12:25:13"),
    ("timestamp", "harbourmod 2021-06-15T13:25:52+00:00June 15th, 2021|"),
    ("timestamp", "Lena Ford - @harbourtimes 10/16/2020"),
    ("byline", "By Lena Ford- Translated by Tom Ash"),  # the byline entry's first
    ("caption", "[pullquote]The ferry will run again by spring, the harbour master said.[/pullquote]"),
    ("caption", "YouTube Preview Image"),
    ("caption", "Weather Forecast for May 28 https://www.youtube.com/watch?v=VCcmnys57QE"),
    ("caption", "(Image taken from facebook.com/harbourtimes)"),
    ("caption", "HARBOUR_QUAY_AT_DAWN.JPG"),
    ("caption", "Ferry fares index – tmsnrt.rs/2QFVypg"),
    ("caption", "The new ferry on its first crossing | Image Courtesy: HarbourTimes.example"),
    ("caption", "The Orvik wind farm during construction.Photo: Harbour Images/Lena Ford"),
    ("caption", "Dock workers at the new terminal on its first morning (Source: harbourtimes.com.vn)"),
]

# session 20, third round: public bodies' news pages, entertainment and games, science news, motoring and sport (pools 41-44)
MIDDLE_VARIANTS += [
    ("caption", "NASA/Lena Ford"),
    ("caption", "WHO/T. Ash"),
    ("caption", "WHO-SEARO/Lena Ford"),
    ("caption", "UN Photo"),
    ("caption", "<Slide 1/125>"),
    ("caption", "Music credit: Harbour Lights, by Lena Ford."),
    ("caption", "File 20171214 27562 jt433n.jpg?ixlib=rb 1.1"),
    ("caption", "220427_Harbour_Ferries_EN_230x300_Improved.indd 1"),
    ("caption", "Source: L. Ford et al. Harbour Sci. 18, e1009818 (2022)."),
    ("caption", "Play video content"),
    ("caption", "Unable to render YouTube Video."),
    ("caption", "No Caption Provided"),
    ("caption", "Getty Composite"),
    ("caption", "FILE PHOTO: Passengers board the ferry at Orvik harbour, March 5, 2024."),
    ("byline", "Page last updated 04 September 2025"),  # an older entry's
    ("navigation", "Date Created: September 7, 2019"),
    ("navigation", "RELEASE: 07-55"),
    ("navigation", "(For more information: Lena Ford – Tel.: +32 2 29 96302; Tom Ash – Tel.: +32 229 64976)"),
    ("navigation", "-30-"),
    ("navigation", "Issued by the Orvik Police Media Centre"),
    ("navigation", "Don't include personal or financial information like your bank details."),
    ("navigation", "To help us improve Harbour.gov, we'd like to know more about your visit today."),
    ("navigation", "This form is for feedback on the content of this page."),
    ("navigation", "End of content"),
    ("navigation", "No more pages to load"),
    ("navigation", "Permanent URL for this page:"),
    ("navigation", "<< Home"),
    ("navigation", "Harbour Logo--links to Harbour home page"),
    ("navigation", "You appear to be using an unsupported browser, and it may not be able to display this site properly."),
    ("navigation", "Available in: Español, Français, Deutsch"),
    ("navigation", "Due to the election period, this site is not being updated except for public safety information."),
    ("navigation", "This information was printed Friday 28 April 2017 from harbour.gov."),
    ("navigation", "Your search has found 505 result(s)."),
    ("navigation", "Up ↑"),
    ("navigation", "About the Harbour Times Gear Team: Why Trust Us"),
    ("navigation", "Login Register"),
    ("navigation", "All Features →"),
    ("navigation", "doi: https://doi.org/10.1038/d41586-026-02569-3"),
    ("navigation", "No description available..."),
    ("navigation", "Lena Ford - Page 25"),
    ("legal_notice", "Your preference will be saved using cookies."),
    ("legal_notice", "Hide cookie message"),
    ("legal_notice", "Reject additional cookies"),
    ("legal_notice", "We also use cookies set by other sites to help us deliver content from their services."),
    ("legal_notice", "* Some mobile phone providers may charge for this call"),
    ("legal_notice", "18+ only. Gambling is entertainment, not a way to make money. When the fun stops, stop."),
    ("legal_notice", "Finance subject to status, T&Cs apply. Applicants must be 18+."),
    ("legal_notice", "Figures shown are for comparability purposes."),
    ("legal_notice", "By using our site, you acknowledge that you have read and understand our Privacy Policy."),
    ("legal_notice", "Reprints and permissions"),
    ("legal_notice", "This press release is copyrighted to the journals mentioned below."),
    ("legal_notice", "Members of the media are free to use the content of any of our stories."),
    ("legal_notice", "Updates may be published elsewhere without permission. Please credit Harbour Health News as the source."),
    ("promo", "Subscribe to Harbour news feed"),
    ("promo", "RSS feed for this section"),
    ("promo", "What is RSS?"),
    ("promo", "To subscribe to the list, send a message to:"),
    ("promo", "Receive the latest updates from the harbour board on ferry matters."),
    ("promo", "Breakthroughs, discoveries, and tips sent every weekday."),
    ("promo", "We summarize the week's harbour news every Thursday."),
    ("promo", "Our journalists work hard to provide local, up-to-date news to the community."),
    ("promo", "Available for everyone, funded by readers"),
    ("promo", "On supporting science journalism"),
    ("promo", "The U.S. Edition is available here. | The European Edition is available here."),
    ("promo", "Also in Harbour+ this week…"),
    ("promo", "You must update your payment details via My Account to keep your subscription."),
    ("promo", "HT VIDEO OF THE DAY"),
    ("advertisement", "SCROLL TO CONTINUE WITH CONTENT"),  # an older entry's
    ("comments", "Recommended Posts"),
    ("comments", "Last edited:"),
    ("comments", "In the meanwhile, please use the Report option if you see a post that breaks the rules."),
    ("comments", "New comment:"),
    ("comments", "Edit: Your comment will be editable for 3 minutes."),
    ("comments", "Please register or sign in to add a comment."),
    ("comments", "Report this comment as spam, offensive or inappropriate?"),
    ("comments", "We invite you to use our commenting platform to engage in conversations."),
    ("share_widget", "facebook.com/HarbourTimes @HarbourTimes youtube.com/HarbourTimes"),
    ("share_widget", "YOUTUBE.COM/HARBOURTIMES"),
    ("share_widget", "Keep up to date on our latest stories by following us on social media."),
    ("share_widget", "View the Harbour Board's latest photos on Flickr"),
    ("share_widget", "Copy and paste this URL into your WordPress site to embed"),
    ("share_widget", "Join other followers:"),
    ("paywall", "Rent or buy this article Prices vary by article type"),
    ("paywall", "Access through your institution Buy or subscribe"),
    ("paywall", "Learn about institutional subscriptions"),
    ("paywall", "Enjoying our latest content?Log in or create an account to continue"),
    ("cross_link", "Source: Harbour Ferries via YouTube"),
    ("cross_link", "Source:: Harbour Times"),
    ("cross_link", "Source of original post"),
    ("cross_link", "You can read more at Harbourtimes.com"),
    ("cross_link", "From the February 2001 issue of Harbour Monthly."),
    ("cross_link", "Original Source https://harbour.example/2020/08/06/ferry/"),
    ("cross_link", "via IFTTT"),
    ("cross_link", "+ Explore further Can the new ferry really cut crossing times?"),
    ("cross_link", "More about Growth of the Harbour Keeping Ferries Busy →"),
    ("cross_link", "Full Story »"),
    ("cross_link", "More Stories from the August 9, 2003 issue"),
    ("cross_link", "... Show Full Article"),
    ("cross_link", "For more information about the harbour board and its programmes, visit:"),
    ("cross_link", "Monthly Archives: June 2025"),
    ("cross_link", "Tag Archive for: Ferries"),
    ("cross_link", "Read more on:"),
    ("cross_link", "5y ago from Harbourtimes.com"),
    ("comments", "18 Comments Comment on Harbour Board Pushes Back Ferry Plan"),
    ("comments", "June 22, 2017 | Harbour Times | No Comments"),
    ("tag_list", "October 24th, 2013 by LenaF Tags: Ferries"),
    ("tag_list", "News posted in Lifestyle / Harbour on 15th May 2020"),
    ("byline", "HT Showbiz – Apr 17, 2024 / 6:24 am | Story: 482553"),
    ("byline", "ByLena FordPublishedMay 4, 2024"),  # an older entry's
    ("navigation", "Stories 561 - 580 | << Prev Next >>"),
    ("share_widget", "Delivered by FeedBurner"),
    ("share_widget", "Share on googleShare on facebookShare on twitterShare on email"),  # an older entry's
    ("share_widget", "[Share on Facebook (Opens in new window)](https://harbourblog.example/ferry/?share=facebook&nb=1)"),
    ("cross_link", "Continue Reading at Harbour Times"),
    ("cross_link", "More »"),
    ("cross_link", "[More...]"),
    ("navigation", "Popularity: 5% [?]"),
    ("cross_link", "The source of this article is Harbour Times. Please visit the blog to continue to read the article."),
    ("promo", "Keep up to date with the most important stories and the best deals, as picked by the HT team."),
    ("legal_notice", "By providing your information, you agree to our Terms of Use and our Privacy Policy."),
    ("legal_notice", "Harbour Times Orvik is published by Orvik Media under license from Harbour Times, LLC."),
    ("promo", "Supporters only: A belated word on the ferry's timetable"),
    ("promo", "Get your first month for £1 (normally £3.99) when you buy a subscription."),
    ("promo", "But first: Today only, you can upgrade to a paid yearly subscription at 25% off."),
    ("advertisement", "See at Amazon"),
    ("legal_notice", "Some of our stories include affiliate links to stores like Amazon."),  # an older entry's
    ("advertisement", "Vivid Seats is the Harbour Times' official ticketing partner."),
    ("advertisement", "300x250 Ad"),
    ("navigation", "googletag.display('div-gpt-ad-1')"),  # an older entry's
]

# session 20, fourth round: old portals, blogs and forums, UK and Irish locals, fact-checkers, Canadian, Australian and
# New Zealand locals (pools 45-48)
MIDDLE_VARIANTS += [
    ("cross_link", "Continued page 2"),
    ("cross_link", "Turn to page 4 for full details"),
    ("cross_link", "See HARBOUR, page A2 > A new ferry, A8"),
    ("promo", "All articles from our website & appThe digital version of Today's PaperBreaking news alerts"),
    ("advertisement", "12631816-KG37-23"),
    ("advertisement", "Authorised by Ann Lee MP, 51 James St, Orvik"),
    ("promo", "Interested in more newsletters? Browse here."),
    ("promo", "Start your days with the latest local news, weather, sports and more."),
    ("promo", "Like what we do in this newsletter? Why not invite your friends to sign up and join us?"),
    ("cross_link", "Read Lena Ford's full report here."),
    ("cross_link", "Live Blog Orvik Harbourmen vs. Bergen Gulls - Game 4"),
    ("navigation", "We welcome feedback from our readers. Send comments to editor@harbourtimes.example"),
    ("navigation", "Good morning, Orvik! Here's a look at the current local weather and gas prices"),
    ("navigation", "Sunny. High 10. Low 4. Details, A12"),
    ("navigation", "16.63°C Orvik"),
    ("navigation", "Death notices"),
    ("promo", "Activate notifications?"),
    ("navigation", "Listening to articles is free for open-access content."),
    ("promo", "Join now, it's FREE!"),
    ("advertisement", "Advertise with Harbour"),
    ("byline", "LENA FORD, TOM ASH and PER DAHL The Associated Press"),
    ("caption", "Ann Lee at the harbour awards on Friday. Picture: harbourtimes.com.au"),
    ("caption", "Ann Lee and Tom Ash at the harbour awards on Friday. Picture, Lena Ford."),
    ("caption", "Ann Lee greets the crew after the blessing of the new ferry. — PICTURE / Lena Ford"),
    ("caption", "Harbour volunteers clean the beach during the month of May. (Contributed)"),
    ("navigation", "But the Feb. 25 post was flagged as part of Facebook's efforts to combat false news and misinformation."),
    ("navigation", "(Read more about our partnership with Meta.)"),
    ("navigation", "- Verified signatory of the IFCN Code of Principles"),
    ("navigation", "Does this statement pass the Pinocchio test? Choose a rating."),
    ("caption", "(Screengrab from Instagram)"),
    ("cross_link", "Read more details about this claim here."),
    ("cross_link", "Find all Harbour Fact Checks here."),
    ("cross_link", "Get the facts in our weekly roundup. apne.ws/6bIX4nT"),
    ("cross_link", "More Fact Checks"),
    ("promo", "Can you help us do more?"),
    ("promo", "There would be no Harbour Check without individual donations from people like you."),
    ("promo", "Spotted something? Let us know!"),
    ("promo", "Suggest another claim"),
    ("legal_notice", "Registered Charity in England and Wales (1158683)"),
    ("promo", "These great features are for premium members only."),
    ("navigation", "« Back to Glossary Index"),
    ("navigation", '<img src="https://pixel.example/log?en=page_view" width="0" height="0">'),
    ("timestamp", "on 11-Nov-2023 (10 months ago)"),
    ("promo", "Follow Harbour Check on social media"),  # an older entry's
    ("caption", "harbour_view.jpg [ 175.45 KiB | Viewed 9557 times ]"),
    ("comments", "Rating: You recommend this"),
    ("navigation", "Search This Blog"),
    ("navigation", "Total Pageviews"),
    ("share_widget", "Add e-mail addresses:"),
    ("share_widget", "To send to more than one person, separate addresses with a comma."),
    ("comments", "Ann -:- Harbour news -:- Thurs, Dec 29, 2005 at 10:38:26 (EST)"),
    ("byline", "Posted by Lena Ford on February 24, 2005 | Permalink"),  # an older entry's
    ("navigation", "Powered by Harbour 5.1 Content Management System"),
    ("navigation", "Page with no menus for printing purposes only"),
    ("navigation", "From Wikinews, the free news source you can write!"),
    ("cross_link", "Most E-Mailed Articles"),
    ("timestamp", "It is currently Mon Mar 18, 2024 9:16 pm"),
    ("timestamp", "All times are GMT. The time now is 05:40 PM."),
    ("comments", "Post New Thread"),
    ("legal_notice", "AdChoices / Do Not Sell My Info"),
    ("navigation", "VIEWS: 19 PAGES: 210"),
    ("advertisement", "Harbour Devices is sponsored by harbourshop.com"),
    ("cross_link", "Watch excerpts of the mayor's address »"),
    ("legal_notice", "ipso Regulated"),
    ("navigation", "Reader Rewards"),
    ("cross_link", "That's all from me today, take a look at today's most read stories:"),
    ("cross_link", "Inside the hedgehog hospital More on Page 10"),
    ("navigation", "You can find this story in My Bookmarks.Or by navigating to the user icon in the top right."),
    ("caption", "play-icon Created with Sketch."),
    ("byline", "Screen Shot 2015-09-03 at 13.34.35"),  # an older entry's
    ("cross_link", "Watch more of our videos on HarbourTV.example"),
    ("wire_trailer", "✍Original copy via Local Democracy Service by Lena Ford"),
    ("navigation", "vol 47 • 20th Edition • Issue 2437 • Established March 1974"),
]

INLINE = MIDDLE_REMOVALS + MIDDLE_VARIANTS
TRAILING = TAIL_REMOVALS + TAIL_VARIANTS
LEADING = HEAD_REMOVALS + HEAD_VARIANTS


@pytest.mark.parametrize(("family", "line"), INLINE, ids=[f"{family}:{line[:30]}" for family, line in INLINE])
def test_removes_inline_boilerplate_with_its_family(family: str, line: str) -> None:
    assert removed_families(article(line)) == {line: family}


@pytest.mark.parametrize(("family", "line"), TRAILING, ids=[f"{family}:{line[:30]}" for family, line in TRAILING])
def test_removes_trailing_boilerplate_with_its_family(family: str, line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: family}


@pytest.mark.parametrize(("family", "line"), LEADING, ids=[f"{family}:{line[:30]}" for family, line in LEADING])
def test_removes_head_boilerplate_with_its_family(family: str, line: str) -> None:
    assert removed_families(article(head=(line,))) == {line: family}


@pytest.mark.parametrize(
    "line",
    [
        "To read the full story, subscribe to The Coastal Times.",
        "Full text not available. Follow the link to the source for the full article.",
        "Subscribe now to continue reading",
        "This story is for Harbour+ members. Join today to read the rest of it.",
        "Please sign in to read the full article.",
        "- Continue reading: create your free Harbour Times account",
        "Story preview only",
        "Members only. Join today to keep reading.",
        "You need a subscription to read the full story",
        "Read on with Harbour Plus",
        'Buy a day pass to finish this story.',
        'Our journalism is paid for by subscribers. Join to keep reading.',
        'Premium content - sign in to read more',
        'Members only: log in or register to keep reading',
        'The full story is available in our e-edition',
        "[ The rest of this story is available to members ]",
        "Support us and read on: subscribe today",
        "[ Subscriber exclusive ]",
        "Register with a few details to keep on with the Harbour Times: sign in to continue reading this article.",
        "There's more to this story! Click the button below to continue reading.",
    ],
    ids=["subscribe-to-read", "link-to-source", "subscribe-to-continue", "story-is-for-members", "sign-in-to-read",
         "free-account", "preview-only", "members-only", "need-a-subscription", "read-on-with",
         "day-pass", "join-to-keep-reading", "premium-sign-in",
         "members-only-log-in", "full-story-in-e-edition", "bracketed-members-note", "support-us-and-read-on",
         "subscriber-exclusive", "register-to-continue-reading", "click-below-to-continue-reading"],
)
def test_paywall_notice_is_removed_and_flags_truncation(line: str) -> None:
    cleaned = clean_article(article(tail=(line,)))
    assert [(r.line, r.family) for r in cleaned.removed] == [(line, "paywall")]
    assert cleaned.truncated


@pytest.mark.parametrize("stamp", ["Tuesday 3 March 2026 09:40 GMT", "By Lena Ford"], ids=["timestamp", "byline"])
def test_a_bare_name_next_to_a_byline_or_timestamp_at_the_top_is_a_byline(stamp: str) -> None:
    removed = removed_families(article(head=("Oskar Lindqvist", stamp)))
    assert removed["Oskar Lindqvist"] == "byline" and stamp in removed


def test_a_bare_name_elsewhere_stays_content() -> None:
    assert "Oskar Lindqvist" in kept_texts(article("Oskar Lindqvist", PROSE_3))


def test_article_without_paywall_is_not_truncated() -> None:
    assert not clean_article(article()).truncated


@pytest.mark.parametrize("number", ["7", "64", "123456"], ids=["one-digit", "two-digit", "six-digit"])
def test_scraper_marker_on_last_line_becomes_source(number: str) -> None:
    cleaned = clean_article(article(tail=(f"source site-{number}",)))
    assert cleaned.source == f"site-{number}"
    assert [r.family for r in cleaned.removed] == ["scraper_marker"]


def test_scraper_marker_elsewhere_is_not_a_source() -> None:
    cleaned = clean_article(article("source site-12"))
    assert cleaned.source is None


@pytest.mark.parametrize(("last", "kept"), [
    ("Storm warning issued for the northern ferry routes", False),  # another story's headline
    ("What happens to the old pier?", True),  # a question subheading of the story
], ids=["headline", "question-subheading"])
def test_the_last_line_of_a_block_above_prose_is_a_subheading_only_when_it_is_short(last: str, kept: bool) -> None:
    middle = ("Read more from Harbour Radio:", "Lighthouse keeper retires after forty years", last)
    cleaned = clean_article(article(*middle))
    removed = [r.line for r in cleaned.removed]
    assert removed == (list(middle[:2]) if kept else list(middle))
    assert any(b.text == last for b in cleaned.blocks) is kept


def test_a_block_takes_headlines_set_between_bars() -> None:
    tail = ("Top Stories", "| Lighthouse keeper retires after forty years |", "Bridge tolls to rise in April", "source site-31")
    cleaned = clean_article(article(tail=tail))
    assert [r.family for r in cleaned.removed] == ["recirculation_block"] * 3 + ["scraper_marker"]


@pytest.mark.parametrize("opener", ["TOP NEWS.", "Stories you may like", "Latest Harbour News", "Latest from Northport",
                                    "More like this", "Also trending"])
def test_a_block_takes_later_headlines_led_by_an_emoji(opener: str) -> None:
    tail = (opener, "Lighthouse keeper retires after forty years", "📰 Bridge tolls to rise in April",
            "👉 Ferry crew wins safety award", "source site-31")
    cleaned = clean_article(article(tail=tail))
    assert [r.family for r in cleaned.removed] == ["recirculation_block"] * 4 + ["scraper_marker"]


def test_an_emoji_line_right_under_a_block_opener_stays_with_the_story_s_list() -> None:
    middle = ("Sponsored stories", "🔎 What to look for", "A new ferry pier", "A café on the quay")
    cleaned = clean_article(article(*middle))
    assert [b.text for b in cleaned.blocks][1:4] == list(middle[1:])


@pytest.mark.parametrize("after", [
    "Ferries run late again on Monday.",
    "\"It was late again,\" she said.",
    "Relief is expected at the weekend, when a second ferry could join the route from the north.",
], ids=["headline-like-sentence", "quote", "long-sentence"])
def test_a_sentence_with_prose_below_a_block_is_the_story_s(after: str) -> None:
    middle = ("Most Popular", "Lighthouse keeper retires after forty years", "Bridge tolls to rise in April", after)
    cleaned = clean_article(article(*middle))
    assert after in [b.text for b in cleaned.blocks]


def test_a_block_stops_at_the_story_s_results() -> None:
    middle = ("Results", "Northport 2-1 Dunmore", "Kirk Rovers 0-0 Harbour Albion")
    cleaned = clean_article(article(*middle))
    assert cleaned.removed == ()


def test_a_block_stops_at_the_story_s_team_sheet() -> None:
    text = article("Promoted content", "Subs: Ray, Obi, Lund, Carr, Hale")
    assert removed_families(text) == {"Promoted content": "recirculation_block"}


def test_a_reading_list_keeps_the_author_under_each_title() -> None:
    books = ["Harbour Tales", "By Ann Lee", "Stories of the north quay, told by the people who worked it.",
             "Tide Tables", "By Tom Park", "A year of the estuary in numbers and pictures.",
             "Salt Roads", "By Eve Hart and Jo Moss", "How the salt trade made the coast."]
    text = "\n\n".join(["Three books for the summer", PROSE, *books, PROSE_2]) + "\n"
    assert removed_families(text) == {}


def test_a_block_stops_at_the_story_s_facts_set_as_a_list() -> None:
    middle = ("Top stories in Shipping", "- Ferries: 41 per cent of trips", "- Buses: 27 per cent of trips")
    assert removed_families(article(*middle)) == {"Top stories in Shipping": "recirculation_block"}


def test_a_block_stops_at_the_story_s_facts() -> None:
    middle = ("More stories", "Lighthouse keeper retires after forty years", "New fares", "Adult: £4.50, up from £4",
              "Child: £2, unchanged")
    cleaned = clean_article(article(*middle))
    assert [r.line for r in cleaned.removed] == list(middle[:2])


def test_a_live_page_s_entry_stamps_are_the_story_s_when_there_are_several() -> None:
    entries = ("Updated 14:05", PROSE_2, "Updated 12:40", PROSE_3, "Updated 09:15")
    cleaned = clean_article(article(*entries))
    assert [r.line for r in cleaned.removed] == []
    single = clean_article(article("Updated 14:05"))
    assert [r.line for r in single.removed] == ["Updated 14:05"]


@pytest.mark.parametrize("opener", ["Most Popular", "Recommended Stories"])
def test_recirculation_block_takes_its_headlines(opener: str) -> None:
    tail = (opener, "Lighthouse keeper retires after forty years", "Bridge tolls to rise in April",
            "source site-31")
    cleaned = clean_article(article(tail=tail))
    assert [r.family for r in cleaned.removed] == ["recirculation_block"] * 3 + ["scraper_marker"]
    assert cleaned.blocks[-1].text == PROSE_3


def test_recirculation_block_in_mid_article_stops_at_prose_and_spares_a_subheading() -> None:
    middle = ("Related Stories", "Lighthouse keeper retires after forty years", "Bridge tolls to rise in April",
              "Traders wait")
    cleaned = clean_article(article(*middle))
    assert [r.line for r in cleaned.removed] == list(middle[:3])
    assert any(b.kind is BlockKind.SUBHEADING and b.text == "Traders wait" for b in cleaned.blocks)


@pytest.mark.parametrize("title, first", [
    ("Ferry terminal approved", "Council Backs New Ferry Terminal For The Harbour"),  # a headline set in title case
    ("Council backs ferry terminal", "Council backs new ferry terminal for the harbour"),  # the headline reworded
], ids=["title-case", "reworded"])
def test_a_second_headline_above_prose_is_dropped(title: str, first: str) -> None:
    text = f"{title}\n\n{first}\n\n" + PROSE + "\n"
    assert removed_families(text) == {first: "repeated_headline"}


def test_a_podcast_credit_s_wording_above_the_tail_is_the_story_s() -> None:
    line = "This episode was produced by Harbour Films and first aired in 1998."
    text = "\n\n".join(["Ferry drama returns", PROSE, line, *([PROSE_2, PROSE_3] * 4)]) + "\n"
    assert line in kept_texts(text)
    assert list(removed_families(article(tail=(line,))).values()) == ["promo"]


def test_a_standfirst_in_sentence_case_above_prose_is_kept() -> None:
    standfirst = "Island residents are getting the chance to comment on the winter ferry timetable"
    text = f"Ferry timetable consultation opens\n\n{standfirst}\n\n" + PROSE + "\n"
    assert removed_families(text) == {} and standfirst in kept_texts(text)


def test_agency_credits_are_kept_when_configured() -> None:
    line = "Reporting by Ann Lee; Editing by Tom Park"
    assert line in kept_texts(article(tail=(line,)), CleanConfig(remove_agency_credits=False))


MUST_KEEP = [
    # session 18 (pool audits 13-16)
    ("image-source-in-a-sentence", "The image source was never found, the council said."),
    ("a-harbour-with-a-slash", "Harbour/Orvik ferry talks resume"),
    ("medical-advice-in-a-sentence", "Doctors said the app was not a substitute for medical advice, the report found."),
    ("trust-principles-question", "Q: When were the Trust Principles established?"),
    ("an-all-caps-subheading-of-short-words", "THE END OF AN ERA"),
    ("a-fare-rise-with-a-percentage", "Fares rose 3.5% in March, the operator said."),
    ("materials-in-a-sentence", "Materials provided by the council were handed out to three hundred families on Monday."),
    ("odds-in-a-sentence", "The odds of a ferry strike rose after the vote, union leaders said."),
    ("letters-in-a-sentence", "Letters from readers poured in after the closure of the pier."),
    ("a-reporter-in-a-sentence", "A reporter from the Harbour Times was at the meeting."),
    ("latest-in-a-sentence", "Latest in a long line of closures, the pier shut on Monday."),
    ("comments-in-a-sentence", "Comments from the public will be taken until May, the council said."),
    ("photo-of-the-week", "Photo of the week"),
    ("the-new-logo", "The new logo"),
    ("search-teams-list", "Search teams, divers, helicopters"),
    ("media-contacts-in-a-sentence", "Media contacts were told to expect delays at the pier."),
    ("read-more-about-lower-case", "Read more about the plan in our explainer below."),
    ("you-are-here-in-a-sentence", "You are here because the council failed, she told the inquiry."),
    ("next-without-an-arrow", "Next: the vote on Tuesday"),
    ("a-goal-in-a-match", "Goal: 2-1 to Orvik in the 89th minute"),
    ("tags-in-a-sentence", "Tags on the lost luggage were traced to Orvik, Bergen and Oslo."),
    ("posted-in-a-sentence", "Posted in Kabul, the reporter filed a story every day."),
    ("a-sentence-ending-in-capitals", "The fares were set by the port's owners, the board said. LOL"),
    ("a-time-in-a-sentence", "Here were the main moves in markets as of 3:47 p.m. ET:"),
    # session 13 (blind audits 21 and 22)
    ("subscribe-only-compound", "Subscribe-only podcasts now earn the network more than its advertising, the results show."),
    ("newsletter-data-line", "Newsletters: 12%"),
    ("registration-news", "Registration is free and closes on Friday."),
    ("watched-around-the-clock", "Nurses now watch the ward 24/7"),
    ("try-it-for-days", "Patients were told to try it for 14 days"),
    ("the-latest-of-a-live-page", "The latest: Ferry services resume after the storm"),
    ("also-from-a-survey", "Also from the survey: Most riders want later ferries"),
    ("sign-up-as-a-subject", "Sign up for the ferry pass is now open to residents, and the first cards arrive in May."),
    ("tags-as-a-subject", "Tags and labels"),
    ("speaker-asks", "HANNAH: Is that the night porter we met last year?"),
    ("a-post-s-reaction-row", "Like · Reply · 2h"),
    ("short-label-in-capitals", "MATCH FACTS: Harbour"),
    ("question-then-tell-us-without-address", "What went wrong that night? Tell us, the families asked the inquiry at its first hearing."),
    # session 12 (blind audit 9): sentences that quote or report furniture
    ("quoted-rights-line", 'Each photo carried the line "© Ann Lee. All rights reserved." in its file, the claim says.'),
    ("credit-label-as-subject", "Photograph: Ann Lee – the credit she asks for – was cut from every copy, the suit alleges."),
    ("others-can-sign-up", "Readers can sign up for the newsletter, which arrives at 6am, on the Courier's website."),
    ("star-rating", "★★★★☆"),
    ("score-line-above-prose", "Northport 24 Harlow 17"),
    # blind audit 11: listings, timelines and data lines
    ("schedule-outlet-like", "Saturday 16:00 - Qualifying"),
    ("broadcast-listing", "Watch live on Harbour TV and the app from 13:00"),
    ("contact-the-organisers", "Email the organisers at info@example.org"),
    ("media-share-figure", "Video: 41%"),
    ("camera-spec", "Video: 8K at 30fps, 4K at 120fps"),
    ("exhibition-room", "Photographs by Ann Lee, 1958-1980"),
    ("paywall-data-line", "Subscribers only (locked articles): 3.1% conversion"),
    ("sentence-with-agency-acronym", "Old phones should be recycled, said the Northport Environmental Protection Agency (EPA)."),
    # the review of session 12's patterns: sentences that carry their words as nouns or facts
    ("support-as-noun", "Support for local news has collapsed in rural areas."),
    ("police-appeal-tip", "If you have a tip about the robbery, contact police on 101."),
    ("bad-news-subhead", "More bad news"),
    ("elsewhere-subhead", "Elsewhere on the coast"),
    ("reviewed-by-an-inspector", "Reviewed by Ofsted, the school was rated good."),
    ("share-of-revenue", "Authors receive a share of revenue from sales of the book."),
    ("contributing-to-a-fund", "By contributing to the fund, residents can cut their bills."),
    ("weekly-cost", "£5 a week: that is what the average family will pay."),
    ("french-quote", "« On n'a jamais vu ça », said Marie Lund, who cancelled her son's match."),
    ("award-list-item", "Young Professional of the Year: Dr. Ann Lee, Harbour Veterinary Clinic"),
    # blind audit 15: arguments, live-page entry times, a press office's phone number
    ("argument-with-a-joke", "Become a member of the choir, the old joke goes, and you will never buy your own pint again."),
    ("argument-you-will-see", "Watch the video again and you will see the assistant referee's flag stayed down."),
    ("argument-she-advises", "Subscribe to nothing, she advises young songwriters. Trust your own ears."),
    ("sentence-on-compensation", "Thousands of former dockers could receive compensation under the deal, the union said."),
    ("allcaps-subhead", "HARBOUR CRUISES"),
    ("question-subhead", "What happens to the old pier?"),
    ("noun-subhead", "A long wait"),
    ("quoted-subhead", "“Nobody told us”"),
    ("quote-line", "\"We are delighted,\" the mayor said."),
    ("one-sentence", "The ferry was late."),
    ("qa-question", "Q: Favourite harbour walk?"),
    ("qa-answer", "A: The north breakwater, at dawn"),
    ("schedule", "May 4 -- Pier Hall, Northport"),
    ("table-row", "FRY FERRY HOLDINGS 12.40 -0.35 -2.7%"),
    ("tweet", "— Coastal Council (@CoastalCouncil) March 3, 2021"),
    ("dateline", "NORTHPORT (Harbour Wire) — The ferry operator said on Tuesday it would hire 40 staff."),
    ("by-prose", "By most measures, the project has been a success for the town."),
    ("by-date-prose", "By Friday, Council officials had agreed the final plans."),
    ("posted-prose", "Posted on social media by a passenger, the video shows waves over the deck."),
    ("twitter-prose", "Twitter users shared pictures of the ferry stuck at the harbour mouth."),
    ("getty-prose", "A photographer for Getty Images captured the moment the ship arrived."),
    ("copyright-prose", "Copyright lawyers say the operator's logo dispute could take years to settle."),
    ("related-prose", "He faces drug-related charges as well as charges of fraud."),
    ("editorial-note", "[This is a developing story and will be updated.]"),
    ("bracket-credit", "[Coastal Times reporter Jo Grey contributed to this report.]"),
    ("cookie-prose", "Cookies are small files that websites store on a visitor's computer."),
    ("comment-prose", "In comments to reporters, he said the rules would change next year."),
    ("listen-prose", "Listen to the people of this town and you will hear one word: patience."),
    ("sign-up-prose", "Sign-up rates for the season ticket have doubled since January."),
    ("date-in-schedule", "Friday, 12 March"),
    ("time-only", "1930 GMT"),
    ("korean", "항구 터미널은 봄에 문을 연다."),
    ("research-by-prose", "Research by the harbour board shows that ferry use doubled in ten years."),
    ("reporting-by-prose", "Reporting by local journalists first exposed the cost overruns."),
    ("photos-by-prose", "Photos by residents show water pouring over the sea wall."),
    ("rights-reserved-prose", "All rights reserved, the operator said in a statement defending its logo."),
    ("more-colon-prose", "More: the council also approved a new bus depot."),
    ("podcast-prose", "Fans of the show can choose which podcasts they like and subscribe for free to its feed."),
    ("name-year-subhead", "Budget 2021"),
    ("listen-to-interview", "Listen to the full interview on Sport Northport and the harbour website from 1900 GMT."),
    ("sponsored-prose", "Sponsored by the state"),
    ("bare-domain", "www.northport-ferries.example"),
    ("register-prose", "Register to vote before Friday, the council urged residents on Monday."),
    ("download-prose", "Download the new timetable app, passengers were told, or queue for paper tickets."),
    ("quoted-click-here", 'The fake text read: "Your ticket is on hold. Click here to pay the fee."'),
    ("cookie-study-prose", "The regulator found that most sites it tested store cookies before visitors agree."),
    ("image-copyright-prose", "Image copyright cases brought by photographers have doubled since 2019, lawyers say."),
    ("subscribe-question-subhead", "Subscribe or pay as you go?"),
    ("more-in-lowercase", "More in store for commuters"),
    ("subscribe-question-prose", "Subscribe to what? Most passengers never paid for the old timetable app."),
    ("subscribe-to-a-view-prose", "Subscribe to that theory and you are betting that fares fall before the election. I doubt it."),
    ("cookie-policy-prose", "The council's cookie policy for its parking website was criticised by campaigners."),
    ("allcaps-for-subhead", "WHAT IT MEANS FOR COMMUTERS"),
    ("click-here-joke-prose", "Click here, one harbour official joked, is the phrase every passenger types first."),
    ("subscribe-semicolon-prose", "Subscribe to the club's TV channel and you pay £60 a year; about 9,000 fans do."),
    ("subscribe-say-prose", "Subscribe, cancel, repeat: analysts say many viewers now sign up for a single show."),
    ("copyright-year-prose", "Copyright 2023 was printed on many of the pages cited in the complaint."),
    ("source-of-figures", "Source: Harbour Statistics Office"),
    ("with-a-companion", "With Ann Lee and her brother"),
    ("reading-list-prose", "Add to that reading list the council's own report, which campaigners say was ignored."),
    ("analysis-sentence", "Analysis: The figures show a slowdown in ferry use."),
    ("name-job-and-a-verb", "Ann Lee, chief political reporter, said the vote was close."),
    ("tickets-on-sale", "Tickets for the harbour festival are on sale now."),
    ("browse-prose", "Browse the harbour market on a Saturday and you will find nine kinds of smoked fish."),
    ("sunset-time", "Sunset: 21:14"),
    ("full-story-prose", "Full story details emerged only after the inquiry, the minister said."),
    ("inbox-prose", "Scam texts land in your inbox every day, the regulator warned."),
    ("inbox-fact", "Scam emails arrive in your inbox every day."),
    ("support-for-a-party", "Support for Labour comes from older voters in the north."),
    ("a-club-s-charity", "The Trust is the charitable arm of Rovers FC."),
    ("published-in-prose", "Published in 1998, the report was ignored for two decades."),
    ("pointer-with-a-sentence", "► Ferries will run every hour from Monday."),
    ("cancel-question-subhead", "Cancel anytime?"),
    ("unsubscribe-prose", "Unsubscribe requests doubled after the price rise, the company said."),
    ("alerts-prose", "Get alerts on your phone, the operator told passengers, and you will know about delays first."),
    ("a-blow-to-the-newsroom-quote", '"If ad income falls by a third, that is a real blow to the newsroom," the editor said.'),
    # a story quoting furniture, referring back, or a subheading that starts with a furniture word
    ('quoted-notice', 'Each bulletin now opens with the line: "This transcript was machine-generated and may contain errors."'),
    ('quoted-appeal-read', 'The poster read: "Support local radio. Donate today."'),
    ('credit-question-subhead', 'Image credit, or image theft?'),
    ('quoted-appeal', 'The poster said: "Support local radio. Donate today."'),
    ('pronoun-cc', 'Its reports are published under a Creative Commons licence, which lets other papers reprint them for free.'),
    ('channel-prose', 'The WhatsApp channel of the ferry operator has passed 20,000 followers, a year after it was launched.'),
    ('quoted-call', 'Its sign-off, "Follow our channel for updates", was dropped from bulletins in May because it annoyed listeners.'),
    ('copyright-sign-prose', "© is not a shield, the tribunal wrote, rejecting the photographer's claim."),
    ('wire-copy-subhead', 'Wire copy, human errors'),
    ('caption-quote', 'Caption: "Dawn, North Quay, 6am." The judges called it patient.'),
    # a study's journal, a fact's label, prose that opens like an ownership or an agency line
    ('journal-in-a-fact-box', 'Published in: Journal of Coastal Medicine'),
    ('background-fact-label', 'Background: The council first proposed the terminal in 2019.'),
    ('owned-by-prose', 'Owned by the council since 1972, the pier needs new piles.'),
    ('podcasts-prose', 'Or wherever you get your podcasts, just not the council website.'),
    ('based-on-reporting-prose', 'Based on reporting by the Courier, the minister ordered an inquiry into the contract.'),
    ('photos-figure', 'Photos: 42% of entries were taken on phones'),
    ('comments-closing-news', 'Comments will close on 3 June.'),
    ('asks-whether-cookies', 'It asks whether you accept cookies, and we would like you to read it first.'),
    ('source-a-property-agency', 'Source: Harbour Property Agency'),
    ('court-listings-prose', 'Court listings and council agendas.'),
    # session 17 (pool audit 1): sentences near the new wordings
    ('press-council-in-the-story', 'The Courier is a member of the Press Council, which upheld the complaint on Tuesday.'),
    ('feedback-prose', 'Feedback from passengers has been mixed.'),
    ('continue-reading-prose', 'Continue reading the minutes, and the vote looks closer than it was.'),
    ('short-analysis-question', 'Analysis: Is it worth it?'),
    ('become-a-member-of-parliament', 'Become a Member of Parliament, she told pupils, and you can change the law.'),
    ('new-episodes-of-an-inquiry', 'New episodes of the inquiry are expected every week.'),
    ('assistance-from-the-coastguard', 'With assistance from the coastguard, the crew reached the harbour.'),
    # session 17 (pool audits 2 and 3): sentences near the new wordings
    ('up-next-subheading', 'Up next'),
    ('have-your-say-reported', 'Residents can have their say at the meeting, the council said.'),
    ('ad-blocker-story', 'Ad blockers are now used by a quarter of readers, the survey found.'),
    ('tickets-on-sale-story', 'Tickets are on sale now for the harbour festival, priced at £12.'),
    ('source-a-named-figure', 'Source: Harbour Property Agency'),
    ('photo-by-prose', 'The Photo by Ann Lee exhibition opens on Friday at the Quay Gallery.'),
    ('premium-article-prose', 'This is a premium article in every sense, the editor joked.'),
    # session 17 (pool audits 4 and 5): sentences near the new wordings
    ('copyright-symbol-in-a-sentence', "The court found that the sketches, each marked with a © symbol and a date, came first."),
    ('hyphenated-fact', 'Sign-ups in the first week: 4,100'),
    ('learn-more-prose', 'Learn more about the harbour, the guide said, and you will love it.'),
    ('published-in-a-sentence', 'Published in 1921, the map shows the old quay.'),
    # session 17 (pool audits 6 and 7): sentences near the new wordings
    ('what-this-means-for', 'What This Means for Passengers'),
    ('earlier-in-lower-case', 'Earlier: the harbour master said the crossing was safe.'),
    ('tune-in-prose', 'Tune in to any council meeting and you will hear the same complaint.'),
    ('no-comments-prose', 'No comments were made by the harbour board.'),
    ('story-highlights-prose', 'Story highlights included a visit by the minister.'),
    # session 17 (pool audit 10): content near the new wordings
    ('tested-by-a-review-fact', 'Tested by: Ann Lee RRP: £24.99 More info: www.harbour.example'),
    ('above-in-a-sentence', 'Above all, the crew wanted a safe crossing.'),
    ('newsletter-in-a-sentence', 'The Harbour Times Newsletter won an award last year.'),
    ('bracketed-caps-in-a-sentence', 'The minister said the figures were wrong [sic].'),
    # session 17 (pool audits 8 and 9): content near the new wordings
    ('a-phone-number-line', '01-234-5678'),
    ('a-table-row-cell', 'Ann Lee |'),
    ('an-embedded-post-s-author', '— Harbour Council (@HarbourCouncil) May 3, 2024'),
    ('the-writer-in-mid-story', 'The writer is now 84 and lives in Orvik.'),
    # session 17 (pool audits 11 and 12): content near the new wordings
    ('learn-more-in-a-sentence', 'Learn more, the minister urged, before the harbour closes.'),
    ('see-more-in-a-sentence', 'See more of the harbour from the new bridge.'),
    ('a-user-name-in-a-sentence', 'The user harbour_fan posted the video 12 minutes after the crash.'),
    # session 20 (pools 33-36): content near the new wordings
    ('source-link-in-a-sentence', 'Source link to the leak was traced to a harbour office.'),
    ('rate-this-in-a-sentence', "Rate this year's catch as poor, the fishermen said."),
    ('readers-comments-reported', 'Readers were asked to share their views in the comments.'),
    ('a-programme-made-possible-by-a-grant', 'This program was made possible by a grant from the harbour board.'),
    ('a-show-supported-in-the-past', 'This show was supported by the arts council until 2019.'),
    ('support-our-work-quoted', 'Please support our work with a donation, the food bank director said.'),  # an older entry took it
    ('all-times-in-a-sentence', 'All times are approximate, the ferry company warned.'),
    ('a-live-blog-in-a-sentence', 'This live blog format has changed how the paper covers elections.'),
    ('we-are-an-independent-company', 'We are an independent company, funded by our customers, the ferry operator said.'),
    ('topics-of-interest-in-a-sentence', 'Topics of interest to the council include parking and the ferry.'),
    # session 20, second round: content near the new wordings
    ('liked-by-people-in-a-sentence', 'The photo of the new ferry was liked by 300 people.'),
    ('follow-on-whatsapp-in-a-sentence', 'Officials urged residents to follow updates on WhatsApp.'),
    ('a-theme-by-in-a-sentence', 'The theme: resilience by design'),
    ('pick-up-a-copy-of-a-guide', 'Pick up your copy of the ferry guide at the library.'),
    ('access-all-of-in-a-sentence', "Access all of Europe's ports, the minister promised."),
    ('views-expressed-attributed', 'The views expressed by the council were shared by the board.'),
    ('a-source-named-not-an-address', 'Source: Harbour Property Agency survey'),
    ('republished-in-a-sentence', 'The map was republished in 1921 by the harbour board.'),
    ('see-the-page-in-a-sentence', 'See the council page for the full list of closures on the ferry route this winter and next.'),
    ('a-page-of-a-report', 'Page 3 of the report lists every closure since 2019.'),
    ('reply-to-the-council', 'Reply to the council, the residents were told, by Friday.'),
    # session 20, third round: content near the new wordings
    ('a-slash-between-places', 'NEW/DEVELOPING'),
    ('us-china-in-capitals', 'US/China Trade Talks'),
    ('thanks-for-following', 'Thanks for reading and for following us on social media.'),
    ('a-page-of-a-story', 'The ferry guide, page 3, lists every crossing.'),
    ('last-updated-in-a-sentence', 'The timetable was last updated in 2019, the board said.'),
    ('see-at-the-harbour', 'See at the harbour: the new ferry and its crew.'),
    ('a-file-photo-in-a-sentence', 'The file photo shows the quay in 1921.'),
    ('release-in-a-sentence', 'Release: the ferry crew were freed on Tuesday.'),
    ('gambling-in-a-story', 'Gambling addiction charities welcomed the new rules on Tuesday.'),
    ('more-about-in-a-sentence', 'More about the ferry will be announced on Friday.'),
    # session 20, fourth round: content near the new wordings
    ('read-the-full-set-of-principles', 'Read the full set of principles here.'),
    ('authorised-by-the-council', 'Authorised by the council, 12 homes were built on the quay.'),
    ('a-high-and-a-low-in-a-sentence', 'The tide was high at noon and low at six, the harbour master said.'),
    ('follow-the-council-on-social-media', 'Officials urged people to follow the council on social media.'),
    ('a-fact-checker-described', 'Harbour Check is a fact-checking charity based in Orvik.'),
    ('watch-in-a-sentence', 'Watch the ferry leave at dawn, the guide suggests, from the old quay.'),
    ('continued-in-the-report', 'Continued pressure on page budgets was noted by the board.'),
]


@pytest.mark.parametrize(("introduction", "items"), [
    ("The new law names three platforms:", ["- Facebook", "- Instagram", "- TikTok"]),
    ("The apps children use most, the regulator found:", ["YouTube", "WhatsApp", "Snapchat"]),
    ("Strike dates so far:", ["13-15 March 2023", "14-18 April 2023", "11-15 August 2023"]),
], ids=["bulleted-networks", "bare-networks", "date-ranges"])
def test_a_list_introduced_by_the_story_keeps_its_items(introduction: str, items: list[str]) -> None:
    text = article(introduction, *items)
    assert removed_families(text) == {}
    assert all(item.removeprefix("- ") in kept_texts(text) for item in items)


def test_a_film_s_credits_at_the_end_are_the_story_s() -> None:
    credits = ("Credits", "Written by Ann Lee and Jo Grey", "Directed by Sam Poe")
    text = article(tail=credits)
    assert removed_families(text) == {}
    assert all(line in kept_texts(text) for line in credits)


def test_a_block_stops_at_the_story_s_own_list() -> None:
    block = ("Related Coverage", "Lighthouse keeper retires after forty years", "Harbour board tightens its rules")
    timeline = ("Timeline", "2015 - Ferry service founded", "2019 - Second ship bought", "2024 - Terminal approved")
    cleaned = clean_article(article(*block, *timeline))
    assert [r.line for r in cleaned.removed] == list(block)
    assert all(any(b.text.endswith(item.split(" - ")[-1]) for b in cleaned.blocks) for item in timeline)


@pytest.mark.parametrize("opener", ["Trending", "Related"])
def test_a_one_word_block_opener_with_prose_right_below_is_a_subheading(opener: str) -> None:
    text = article(opener)
    assert removed_families(text) == {}
    assert opener in kept_texts(text)


@pytest.mark.parametrize("opener", ["Sponsored Content", "More from Harbour Radio"])
def test_a_longer_block_opener_with_prose_right_below_is_still_furniture(opener: str) -> None:
    assert list(removed_families(article(opener))) == [opener]


def test_a_short_line_alone_under_a_block_opener_above_prose_is_a_subheading() -> None:
    cleaned = clean_article(article("Most Popular", "Ferry fares"))
    assert [r.line for r in cleaned.removed] == ["Most Popular"]
    assert any(b.kind is BlockKind.SUBHEADING and b.text == "Ferry fares" for b in cleaned.blocks)


def test_a_block_set_as_a_bulleted_list_of_headlines_goes_with_its_opener() -> None:
    block = ("Latest Stories", "- Lighthouse keeper retires after forty years", "Harbour board tightens its rules")
    cleaned = clean_article(article(*block))
    assert [r.line for r in cleaned.removed] == list(block)


def test_non_breaking_and_repeated_spaces_do_not_hide_furniture() -> None:
    assert list(removed_families(article("Load more\u00a0comments", "Consent  \u00a0Preferences")).values()) == [
        "comments", "legal_notice"]


def test_an_upper_case_scraper_marker_gives_the_source_in_lower_case() -> None:
    assert clean_article(article(tail=("SOURCE SITE-64",))).source == "site-64"


@pytest.mark.parametrize("day", ["Wednesday 15 May 2024", "09:12", "Monday 21 January, 2am"],
                         ids=["date", "live-entry-time", "timeline-time"])
def test_a_date_or_time_alone_below_the_top_heads_a_day_or_an_entry_of_the_story(day: str) -> None:
    text = article(PROSE_3, PROSE_2, day, PROSE_3)
    assert day not in removed_families(text)
    assert day in kept_texts(text)


@pytest.mark.parametrize(("name", "line"), MUST_KEEP, ids=[name for name, _ in MUST_KEEP])
def test_keeps_content_that_looks_like_boilerplate(name: str, line: str) -> None:
    text = article(line)
    assert removed_families(text) == {}
    assert line.strip() in kept_texts(text)


@pytest.mark.parametrize("line", [
    "Please log in or register to continue reading.",
    "You’ve read all your free articles this month.",
    "The rest of this article is for subscribers.",
    "Continued on page 2",
    "To keep reading this story, you need to be a subscriber.",
    "The remainder of this report is available to members.",
    "Only subscribers can read the rest of this story.",
    "Dieser Artikel ist nur für Abonnenten.",
    "Subscribe to read",
    "Click here to read the full article.",
    "Continue reading your article with a Harbour Times membership",
    "This story is available exclusively to Harbour Times subscribers.",
    "[Full story available to members]",
    "This article is part of our Plus package.",
    "Para continuar leyendo, hazte suscriptor.",
    "Summary only; read the full story at the original site.",
    "The rest of this article is behind our paywall.",
    "Content shortened. Visit the original article for the full text.",
    "Register free to keep reading",
    "Already a member? Sign in to read on.",
    "» Subscribe today to keep reading",
    "You've hit your limit of free stories this month.",
    "This story was truncated. The full text is at the link above.",
    "Start a free trial to read the rest of this report.",
    "Sign up today and unlock full access to this article",
    "Harbour Plus: this story is for paid subscribers",
    "Subscriber-only article",
    "Restricted content — members only",
    "Free stories left: 0",
    "Unlock the full analysis with Harbour Plus",
    "Subscribers get the full test results",
    "Log in or create a free account to continue reading",
    "The full story appears in today's print edition.",
    "Subscribers can watch the full interview.",
    "The rest of this report is available to Harbour Times Premium Plus members.",
    "Keep reading for only £2",
    "Keep reading this article for £1 a month",
    "You've reached the end of your free preview",
    "The rest of this newsletter is for paid subscribers",
], ids=["log-in-to-continue", "free-articles-used", "rest-for-subscribers", "continued-on-page", "subscriber-noun",
        "remainder-for-members", "only-subscribers", "german", "subscribe-to-read", "click-for-full-article",
        "membership", "exclusively-to-subscribers", "full-story-bracketed", "part-of-package", "spanish", "summary-only",
        "behind-paywall", "content-shortened", "register-free-to-read", "already-a-member-sign-in-to-read",
        "behind-an-arrow", "hit-the-limit", "was-truncated", "trial-to-read-the-rest", "unlock-full-access",
        "for-paid-subscribers", "subscriber-only", "restricted-content", "no-free-stories-left",
        "unlock-the-full-analysis", "subscribers-get-the-full", "account-to-continue", "in-the-print-edition",
        "subscribers-can-watch", "available-to-members-of-a-long-name",
        "keep-reading-for-a-price", "keep-reading-this-article-for-a-price", "end-of-the-preview",
        "rest-for-paid-subscribers"])
def test_more_paywall_notices_flag_truncation(line: str) -> None:
    cleaned = clean_article(article(tail=(line,)))
    assert [(r.line, r.family) for r in cleaned.removed] == [(line, "paywall")]
    assert cleaned.truncated


def test_a_transcript_s_first_timecode_at_the_top_is_the_story_s() -> None:
    text = article(PROSE_2, "[00:00:19]", PROSE_3, head=("[00:00:04]",))
    assert removed_families(text) == {}
    assert kept_texts(text)[0] == "[00:00:04]"


def test_a_scorecard_under_a_block_opener_is_the_story_s() -> None:
    scores = ["FIRST INNINGS", "Harbour 212 (Lee 84, Park 31; Grey 4-40)", "Northport 198/7 (Poe 55*, Ford 40)"]
    text = article("Sponsored Content", *scores)
    assert not set(scores) & set(removed_families(text))


def test_a_numbered_step_next_to_the_step_after_it_is_the_story_s() -> None:
    steps = ["1. Download the Harbour app from the App Store or Google Play.", "2. Open the Tickets tab.",
             "3. Choose a sailing and pay."]
    assert removed_families(article(*steps)) == {}


def test_times_of_day_on_their_own_lines_are_a_schedule_when_there_are_several() -> None:
    schedule = ("8pm", "Harbour Nights: the ferry crews who work through the winter storms, in a new series.",
                "9.30pm", "Tidewatch: the last lighthouse keepers on the north coast remember the old lamps.")
    assert removed_families(article(head=schedule)) == {}
    assert removed_families(article(head=("9.30pm",))) == {"9.30pm": "timestamp"}


def test_a_footer_word_alone_between_paragraphs_above_the_tail_is_a_subheading() -> None:
    text = article(PROSE_2, "Privacy", PROSE_3, PROSE_2)
    assert "Privacy" not in removed_families(text)
    assert "Privacy" in kept_texts(text)
    assert removed_families(article(PROSE_2, "Advertise with us", PROSE_3, PROSE_2)) == {"Advertise with us": "legal_notice"}


def test_a_page_section_named_after_the_editor_is_no_byline() -> None:
    assert removed_families(article(head=("Letters to the editor",))) == {}


def test_a_transcript_s_speakers_in_capitals_are_the_story_s() -> None:
    lines = ["HOST: Up from a very low base", "MINISTER: I will not put a date on it this morning",
             "HOST: So not this year", "MINISTER: We will see where we are in the spring"]
    assert removed_families(article(*lines)) == {}


def test_a_cross_link_s_marker_is_no_speaker() -> None:
    lines = ["MORE: Ferry fares to rise again", "RELATED: Harbour pilots vote to strike", "MORE: Tides reach a record"]
    assert set(removed_families(article(*lines)).values()) == {"cross_link"}


def test_a_scraper_marker_with_a_full_stop_still_gives_the_source() -> None:
    assert clean_article(article(tail=("source site-4417.",))).source == "site-4417"


def test_a_page_label_below_the_top_is_a_subheading() -> None:
    text = article(PROSE_2, PROSE_3, "Analysis", PROSE_3)
    assert "Analysis" not in removed_families(text)


@pytest.mark.parametrize("line", ["Budget 2021", "Euro 2024"])
def test_a_name_and_a_year_at_the_top_is_a_subheading_not_a_byline(line: str) -> None:
    assert removed_families(article(head=(line,))) == {}


def test_a_first_body_line_that_repeats_the_headline_goes_even_above_a_list() -> None:
    text = "Ferry timetable 2021\n\nFerry timetable 2021\n\nMay 4 -- Pier Hall\n\nMay 11 -- North Quay\n"
    assert removed_families(text) == {"Ferry timetable 2021": "repeated_headline"}


def test_every_family_in_the_table_has_a_removal_case() -> None:
    covered = {family for family, _ in MIDDLE_REMOVALS + TAIL_REMOVALS + HEAD_REMOVALS}
    covered |= {"paywall", "scraper_marker", "recirculation_block", "repeated_headline"}
    assert {family.name for family in BOILERPLATE_FAMILIES} <= covered


def test_split_scans_searches_whole_line_alternatives_in_one_pass() -> None:
    anchored, searched = split_scans(r"^[\s•]*(?:advert|.*\bcookies? policy\b.*|sponsored|.*\bmay earn\b.*)[\s.]*$")
    assert anchored == r"^[\s•]*(?:advert|sponsored)[\s.]*$"
    assert searched == r"\bcookies? policy\b|\bmay earn\b"


@pytest.mark.parametrize("regex", [
    r"^(?:the )?x(?:a|.*\bb\b.*)$",  # something must come before the alternation
    r"^(?:a|.*\bb\b.*)\d$",  # ... or after it
    r"^(?:a|.*\bb\b.*)+$",  # the alternation repeats
    r"^(?:a|b)$",  # no whole-line alternative
])
def test_split_scans_keeps_a_regex_whole_when_splitting_could_change_it(regex: str) -> None:
    assert split_scans(regex) is None


def test_a_split_family_matches_exactly_the_lines_its_whole_pattern_matches() -> None:
    lines = [line for _, line in MIDDLE_REMOVALS + TAIL_REMOVALS + HEAD_REMOVALS + MIDDLE_VARIANTS + TAIL_VARIANTS
             + HEAD_VARIANTS + MUST_KEEP] + [PROSE, PROSE_2, PROSE_3]
    split = [family for family in BOILERPLATE_FAMILIES if family.split]
    assert len(split) >= 5
    for family in split:
        anchored, searched = family.split
        for line in map(matching_form, lines):
            whole = family.pattern.match(line) is not None
            assert whole == (anchored.match(line) is not None or searched.search(line) is not None), (family.name, line)


@pytest.mark.parametrize("opener", ["Notes to editors", "NOTES TO EDITORS", "Note to editors:", "Editor's notes", "ENDS", "[ENDS]",
                                    "-ends-", "For media enquiries, please contact:", "Press enquiries"])
def test_a_press_release_s_notes_go_with_what_closes_its_text(opener: str) -> None:
    notes = (opener, "1. Photographs of the terminal are available on request.",
             "Kit Anders, Harbour Board communications team", "Email: office@harbourboard.example", "Tel: 01632 960 123",
             "source site-12")
    cleaned = clean_article(article(tail=notes))
    assert [item.line for item in cleaned.removed] == list(notes)
    assert cleaned.blocks[-1].text == PROSE_3


@pytest.mark.parametrize("notes", [
    ("About Orvik Harbour Board:", "Founded in 1884, Orvik Harbour Board is the trust port for the Orvik estuary.",
     "Email: office@harbourboard.example"),
    ("ABOUT ORVIK PORTS PLC", "Orvik Ports plc operates three container terminals on the Orvik estuary."),
], ids=["heading-with-colon", "company-in-capitals"])
def test_an_about_heading_over_the_publisher_s_paragraph_closes_a_press_release(notes: tuple[str, ...]) -> None:
    cleaned = clean_article(article(tail=notes))
    assert [item.line for item in cleaned.removed] == list(notes)


def test_popular_this_week_opens_a_block() -> None:
    tail = ("Popular this week", "Lighthouse keeper retires after forty years", "Bridge tolls to rise in April")
    cleaned = clean_article(article(tail=tail))
    assert [r.family for r in cleaned.removed] == ["recirculation_block"] * 3


@pytest.mark.parametrize("line", ["Book your place early, the organisers urged.", "Sectors such as ports grew by 4% last year.",
                                  "Stay connected, the coach told his players, and the points will come.",
                                  "Critics said the audit has not been reviewed by independent editors or staff.",
                                  "The court found the agency is not responsible for the accuracy of the content it hosts.",
                                  "Please keep it clean out there, the referee told both captains before the derby at Orvik.",
                                  "Your support helps us keep the shelter open through the winter, the charity said.",
                                  "Residents can save money by becoming a member of the Orvik food co-op.",
                                  "Support for the new terminal fell to 38 per cent (Orvik Polls/Harbour Times).",
                                  "ORVIK - The harbour board met on Tuesday to approve the new terminal.",
                                  "...and then the lights went out across the harbour, she said.",
                                  "Share news of the birth with your family first, the midwife said.",
                                  "Voters who register by Friday can continue reading the ballot guide online.",
                                  "The inquiry will continue reading the harbour board's evidence next week...",
                                  "Help fund the new lifeboat station, the harbour master urged."])
def test_a_story_s_sentences_with_promo_and_label_words_are_kept(line: str) -> None:
    assert line in kept_texts(article(line))


@pytest.mark.parametrize("tail", [
    ("About the new terminal", "The terminal is the first in Orvik to run on shore power, the board said."),
    ("About Orvik Harbour Board", "Critics of the board say its accounts are hard to read."),
], ids=["a-subheading-about-a-thing", "a-paragraph-not-about-the-publisher"])
def test_a_story_s_own_about_section_is_kept(tail: tuple[str, ...]) -> None:
    texts = kept_texts(article(tail=tail))
    assert tail[1] in texts


def test_a_line_that_closes_a_press_release_in_its_first_half_is_not_its_end() -> None:
    text = "\n\n".join(["Ferry terminal to open", PROSE, "Ends", PROSE_2, PROSE_3, PROSE, PROSE_2]) + "\n"
    assert kept_texts(text).count(PROSE_2) == 2


@pytest.mark.parametrize("closer", ["ENDS", "Notes to editors"])
def test_what_closes_a_press_release_stays_in_a_story_about_one(closer: str) -> None:
    notes = ("1. The new timetable starts on 1 June.", "2. Do not mention the fare rise.")
    after = "An opposition councillor said the second note showed what the board wanted to hide."
    text = article(tail=(closer, *notes, after))
    assert kept_texts(text)[-4:] == [closer, *notes, after]


@pytest.mark.parametrize("bullet", ["-", "*", "•"])
def test_a_closing_list_of_initials_is_the_story_s_whatever_its_bullet(bullet: str) -> None:
    tail = ("Parties with seats in the assembly:", f"{bullet} SNP", f"{bullet} DUP")
    texts = kept_texts(article(tail=tail))
    assert texts[-2:] == ["SNP", "DUP"]


@pytest.mark.parametrize("line", ["— KL", "-- KL", "- AFP", "• AFP"])
def test_a_sign_off_of_initials_after_a_dash_or_of_an_agency_after_a_bullet_goes(line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: "wire_trailer"}


def test_a_one_word_block_opener_set_as_a_markdown_heading_with_prose_below_is_kept() -> None:
    # what a first cleaning writes ("## Related" above prose) must survive a second one
    assert removed_families(article(PROSE_2, "## Related", PROSE_3)) == {}


def test_a_label_kept_between_prose_is_kept_again_when_set_as_a_markdown_heading() -> None:
    # a first cleaning writes the kept label as "## ..."; its "##" is no word of the label
    story = (PROSE_2, PROSE_3, PROSE_2, PROSE_3)  # above the tail
    assert removed_families(article(*story, "Allow Twitter content?", PROSE_3, PROSE_2)) == {}
    assert removed_families(article(*story, "## Allow Twitter content?", PROSE_3, PROSE_2)) == {}


def test_a_line_s_words_are_counted_without_its_markdown() -> None:
    # what a first cleaning writes ("## Related", "**Read more here**") counts as the line it was
    assert word_count("## Related") == 1
    assert word_count("**Read more here**") == 3
    assert word_count("No mass evacuation") == 3


STORY_LINES = ("The harbour board approved the new ferry timetable on Monday after a long debate.",
               "Fares will rise by five per cent from May, the operator said.")


@pytest.mark.parametrize("above, family", [
    (("Skip to main content",), ["navigation"]),
    (("Skip to main content", "Menu", "Advertisement"), ["navigation", "navigation", "advertisement"]),
    (("• Skip to content",), ["navigation"]),
    (("---",), ["decoration"]),
    (("==========", "Menu", "* * *"), ["decoration", "navigation", "decoration"]),
], ids=["skip-link", "skip-menu-ad", "bulleted", "rule", "rules-around-a-menu"])
def test_site_furniture_above_the_headline_goes_and_the_headline_is_the_line_after_it(above, family):
    text = "\n\n".join((*above, "Ferry fares to rise in May", *STORY_LINES)) + "\n"
    cleaned = clean_article(text)
    assert cleaned.title == "Ferry fares to rise in May"
    assert [removed.family for removed in cleaned.removed] == family
    assert [block.text for block in cleaned.blocks] == list(STORY_LINES)


@pytest.mark.parametrize("headline", ["Menu prices rise at school canteens", "Advertisement watchdog fines broadcaster",
                                      "Skip to the end: the budget in five charts"])
def test_a_headline_that_starts_like_furniture_is_the_headline(headline):
    cleaned = clean_article("\n\n".join((headline, *STORY_LINES)) + "\n")
    assert cleaned.title == headline and len(cleaned.blocks) == 2


def test_a_file_of_one_furniture_line_keeps_it_as_its_headline():
    assert clean_article("Skip to main content\n").title == "Skip to main content"


def test_many_lines_of_decoration_above_a_headline_go_and_the_headline_is_the_line_after_them():
    # (20,000 of them took 43 s when each looked for words below it: the cleaner stays linear)
    cleaned = clean_article("-----\n" * 20_000 + "Ferry fares to rise in May\n\n" + "\n\n".join(STORY_LINES) + "\n")
    assert cleaned.title == "Ferry fares to rise in May" and len(cleaned.removed) == 20_000


@pytest.mark.parametrize(("headline", "kept", "removed"), [
    ("Ferry terminal to open after delays - Harbourside News", "Ferry terminal to open after delays", "- Harbourside News"),
    ("Ferry terminal to open after delays | Ostvik Post", "Ferry terminal to open after delays", "| Ostvik Post"),
    ("Ferry terminal to open after delays — ostvik-daily.co.uk", "Ferry terminal to open after delays", "— ostvik-daily.co.uk"),
    ("Ferry terminal to open after delays – The Evening Courier", "Ferry terminal to open after delays",
     "– The Evening Courier"),
    ("Ferry terminal to open after delays - Ostvik.news", "Ferry terminal to open after delays", "- Ostvik.news"),
    ("Ferry terminal to open after delays - www.ostvik.ie", "Ferry terminal to open after delays", "- www.ostvik.ie"),
])
def test_a_publication_s_name_after_the_headline_goes_as_a_removed_piece(headline, kept, removed):
    cleaned = clean_article(article().replace("Ferry terminal to open after delays", headline, 1))
    assert cleaned.title == kept
    assert [(item.line, item.family) for item in cleaned.removed] == [(removed, "site_name_in_headline")]
    assert cleaned.source == removed[1:].strip()  # no scraper's marker: the name the title gave is the source


@pytest.mark.parametrize(("headline", "removed", "source"), [
    ("Ferry terminal to open after delays | UK News | Sky News", "| UK News | Sky News", "Sky News"),
    ("Ferry terminal to open after delays | Business | The Guardian", "| Business | The Guardian", "The Guardian"),
    ("Review | Ferry terminal to open after delays | Ostvik Post", "| Ostvik Post", "Ostvik Post"),
])
def test_the_sections_a_page_title_puts_before_the_publication_s_name_go_with_it(headline, removed, source):
    """'Headline | Section | Publication', as Sky News's and the Guardian's pages are titled: the section went in
    the headline ('Ferry terminal to open after delays | UK News')."""
    cleaned = clean_article(article().replace("Ferry terminal to open after delays", headline, 1))
    assert cleaned.title == headline[:-len(removed)].rstrip()
    assert [(item.line, item.family) for item in cleaned.removed] == [(removed, "site_name_in_headline")]
    assert cleaned.source == source


@pytest.mark.parametrize(("headline", "source"), [
    ("Ferry terminal to open after delays - The Ostvik Times", "The Ostvik Times"),
    ("Ferry terminal to open after delays - Daily Mail", "Daily Mail"),
    ("Ferry terminal to open after delays | Politics", None),  # a section, not a publication: gone, but no source
    ("Ferry terminal to open after delays | Six Nations 2026", None),
])
def test_only_a_publication_s_name_after_the_headline_becomes_the_source(headline, source):
    cleaned = clean_article(article().replace("Ferry terminal to open after delays", headline, 1))
    assert cleaned.title == "Ferry terminal to open after delays" and cleaned.source == source


def test_a_scraper_s_marker_names_the_source_before_a_name_after_the_headline():
    text = article().replace("Ferry terminal to open after delays", "Ferry terminal to open after delays | Ostvik Post")
    cleaned = clean_article(text + "\nsource site-64\n")
    assert cleaned.title == "Ferry terminal to open after delays" and cleaned.source == "site-64"


@pytest.mark.parametrize("headline", [
    "Budget talks run on - Day Two",  # a dash before words of no newspaper title
    "Obama - the early years",
    "Inquiry hears from former boss - Post Office",  # a newspaper word, not the name's last
    "Ferry timetable: Harbour 2 - 1 City",
    "Crowds gather | Live",  # too little before the bar to be a headline and a name
    "Man, 45, charged - police",
    "Trade talks stall over steel tariffs - U.S.",  # an abbreviation, not a web address
    "Runner sets a new mark in Ostvik - World Record",  # words of titles, and of headlines: a name only after "The"
    "Strike ballot opens at the depots - Royal Mail",
    "Ostvik carmakers miss the deadline - Euro 7 Standard",
    "Ferry booking site moves its servers - Node.js",  # no web address: not a domain
    "Shares slide as rates rise - 2.5 Per Cent",
    "Election results in full | 2026",  # a year, no publication's name: no letter in it
])
def test_a_headline_whose_end_only_looks_like_a_site_name_is_kept_whole(headline):
    cleaned = clean_article(article().replace("Ferry terminal to open after delays", headline, 1))
    assert cleaned.title == headline and cleaned.removed == ()


# A label a site gives in its own language and in English, split by a slash: the family of either half
# (session 25, blind attack on unseen wordings).
@pytest.mark.parametrize(("family", "line"), [
    ("share_widget", "Deelen / Share"),
    ("share_widget", "Partaj / Share this story"),
    ("comments", "Napisz komentarz / Leave a comment"),
    ("comments", "Leave a Comment / Cancel reply"),
    ("cross_link", "Okuyun: / Read more: Ferry fares to rise in April"),
    ("promo", "Zapisz się / Sign up for our free weekly harbour newsletter"),
], ids=["share", "share-this-story", "leave-a-comment", "comment-and-cancel", "read-more-with-headline", "newsletter"])
def test_a_label_in_two_languages_goes_with_the_family_of_either_half(family: str, line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: family}


@pytest.mark.parametrize("line", [
    "Buy / Sell",
    "Harbour / Ferry terminal opens after two years of delays and a long dispute over the contract",
    "The council's share of the cost / the operator's share of the cost was never agreed, officials said.",
])
def test_a_line_of_the_story_with_a_slash_is_kept(line: str) -> None:
    text = article(line)
    assert removed_families(text) == {}


# The author's bio at the end names the person the byline at the top names, whatever it calls the trade (session 25).
@pytest.mark.parametrize(("byline", "bio"), [
    ("Dr Maren Solvik", "Dr Maren Solvik is a senior lecturer in coastal engineering at the University of Orvik."),
    ("By TOMAS BRENNER", "Tomas Brenner is a critic and translator."),
    ("Reviewed by Ines Calloway", "Ines Calloway teaches maritime history at Northport College."),
], ids=["title-and-bare-name", "capitals-byline", "reviewed-by"])
def test_a_line_about_the_byline_s_author_at_the_end_is_the_bio(byline: str, bio: str) -> None:
    text = article(head=(byline, "Tuesday 3 March 2026 09:40 GMT"), tail=(bio,))
    assert removed_families(text).get(bio) == "author_contact"


def test_a_disclosure_about_the_author_the_story_goes_on_after_stays() -> None:
    disclosure = "Lena Ford is a former harbour master of the port."
    text = article(head=("By Lena Ford", "Tuesday 3 March 2026 09:40 GMT"),
                   tail=(disclosure, "The union said it would ballot its members."))
    assert disclosure not in removed_families(text)


@pytest.mark.parametrize(("head", "last"), [
    (("By Lena Ford",), "Oskar Lindqvist is a former harbour master who ran the port for twenty years."),
    (("Oskar Lindqvist at the quay on Monday. Photo: Harbour Times",),
     "Oskar Lindqvist is expected to announce his decision next week."),
], ids=["another-person", "person-in-a-caption"])
def test_a_line_about_someone_the_byline_does_not_name_stays(head: tuple[str, ...], last: str) -> None:
    text = article(head=head, tail=(last,))
    assert last not in removed_families(text)
    assert last in kept_texts(text)


# A few words between the headline and the byline are the page's section, whatever it is called (session 25).
@pytest.mark.parametrize("label", ["Science", "Culture | Long read", "Harbour life", "World · Europe", "Just in",
                                   "Only on Harbour TV", "More sport", "What's on", "Who's who"])
def test_a_section_label_above_the_byline_is_a_kicker(label: str) -> None:
    text = "Ferry terminal to open after delays\n\n" + "\n\n".join((label, "By Lena Ford", PROSE, PROSE_2, PROSE_3)) + "\n"
    assert removed_families(text) == {label: "kicker", "By Lena Ford": "byline"}


@pytest.mark.parametrize("first", [
    "The harbour will finally get its terminal.",
    "Ferries, fares and a long wait for the new terminal",
    "LONDON (AP) —",
    "WASHINGTON",
    "Still no ferry",
    "Fares up again",
    "Not this winter",
    "What went wrong",
], ids=["standfirst-sentence", "standfirst-phrase", "dateline", "dateline-alone", "standfirst-still-no",
        "standfirst-again", "standfirst-not", "standfirst-question-word"])
def test_a_standfirst_or_dateline_above_the_byline_stays(first: str) -> None:
    text = "Ferry terminal to open after delays\n\n" + "\n\n".join((first, "By Lena Ford", PROSE, PROSE_2, PROSE_3)) + "\n"
    assert first not in removed_families(text)


# A page's stamp in Italian or Dutch, with the Nordic "kl." before the time, behind a flag, or with its "Updated"
# left empty ("... UTC Updated ago"): the date run's words (session 25).
@pytest.mark.parametrize("stamp", [
    "15 ottobre 2024 | 10:22",
    "12 mei 2025, 08:40",
    "🇮🇸 01.04.2025 kl. 09:15",
    "August 29, 2024 7:38 PM UTC Updated ago",
], ids=["italian", "dutch", "flag-and-kl", "updated-ago"])
def test_a_stamp_in_other_words_at_the_top_is_removed(stamp: str) -> None:
    assert set(removed_families(article(head=(stamp,)))) == {stamp}


# Head furniture in other wordings (session 25).
@pytest.mark.parametrize(("family", "line"), [
    ("byline", "Match report by Lena Ford, at Harbour Park"),
    ("byline", "Court report by Oskar Lindqvist"),
    ("byline", "Editor: Wang Lei"),
    ("byline", "Autor: Harbour Radio | 15.03.2025 20:14"),
    ("reading_time", "6 minutes reading time"),
    ("reading_time", "Estimated 3 minutes"),
    ("reading_time", "🔊 Listen"),
    ("reading_time", "👁 12.4K views"),
], ids=["match-report-by", "court-report-by", "editor-label", "autor-label", "minutes-reading-time", "estimated-minutes",
        "listen", "views"])
def test_removes_head_furniture_in_other_wordings(family: str, line: str) -> None:
    assert removed_families(article(head=(line,))) == {line: family}


@pytest.mark.parametrize("line", [
    "Listen to the patients",
    "Editors: the people who decide what runs on the front page",
    "Estimated 3 minutes of footage survive from the launch, archivists said on Monday.",
])
def test_head_furniture_words_in_the_story_stay(line: str) -> None:
    text = article(line)
    assert line not in removed_families(text)


# Calls to action, tip lines, recipe pages' buttons and share labels in other wordings (session 25).
@pytest.mark.parametrize(("family", "line"), [
    ("share_widget", "Enjoyed this? Share it with a friend who loves ferries 💌"),
    ("share_widget", "Share this match report"),
    ("share_widget", "Delen via WhatsApp"),
    ("share_widget", "Partager sur Facebook"),
    ("comments", "Express yourself! Have your say in the comments below."),
    ("comments", "Leave a review"),
    ("comments", "⭐⭐⭐⭐⭐ 4.8 from 96 votes"),
    ("promo", "Do you have a tip? Contact our reporters securely via Signal at +44 7700 900123."),
    ("promo", "🎂 Know someone turning 100? Let us know at news@harbourtimes.example"),
    ("promo", "Share your story with us"),
    ("promo", "Connect via X or email."),
    ("promo", "POLL: Should the ferry run all night? Vote now"),
    ("promo", "Did you make this recipe? Tag @harbourkitchen on Instagram!"),
    ("promo", "Suscríbete a nuestro boletín"),
], ids=["share-with-a-friend", "share-this-match-report", "delen-via", "partager-sur", "have-your-say-after-exclamation",
        "leave-a-review", "star-rating", "tip-via-signal", "let-us-know-at", "share-your-story", "connect-via",
        "poll", "tag-us", "spanish-newsletter"])
def test_removes_trailing_calls_to_action_in_other_wordings(family: str, line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: family}


@pytest.mark.parametrize("line", [
    "Do you have a licence? Inspectors asked every skipper on the quay, and most did not.",
    "Shares in the operator fell 3% after the vote, traders said.",
    "Poll workers counted ballots through the night in the harbour hall.",
    "Buy the book, the author told the audience, and then decide.",
    "Enjoyed it? Share it with a friend, the poster at the library says, and thousands did.",
])
def test_story_lines_with_call_to_action_words_stay(line: str) -> None:
    text = article(line)
    assert removed_families(text) == {}


# Cross-links, rights lines, switchers and placeholders in other wordings (session 25).
@pytest.mark.parametrize(("family", "line"), [
    ("cross_link", "Lees ook: Veerdienst vaart weer vanaf maandag"),
    ("cross_link", "Přečtěte si také: Přístav otevře nový terminál"),
    ("copyright", "© harbour-infodienst, hid:250512-99-123456/3"),
    ("copyright", "Tous droits de reproduction et de représentation réservés."),
    ("navigation", "🇬🇧 English | 🇪🇸 Español | 🇫🇷 Français"),
    ("navigation", "More Less"),
    ("navigation", "Articles in this series"),
    ("caption", "FOTO"),
    ("caption", "Mynd: Harbour Radio / Lena Ford"),
], ids=["dutch-read-also", "czech-read-also", "copyright-sign-lower-case", "french-rights", "language-switcher",
        "more-less-toggle", "articles-in-this-series", "foto", "icelandic-picture-credit"])
def test_removes_inline_furniture_in_other_wordings(family: str, line: str) -> None:
    assert removed_families(article(line)) == {line: family}


@pytest.mark.parametrize(("family", "line"), [
    ("cross_link", "More reviews"),
    ("author_contact", "2.3K Followers · Writer for The Harbour Review"),
], ids=["more-reviews", "follower-count"])
def test_removes_trailing_furniture_in_other_wordings(family: str, line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: family}


@pytest.mark.parametrize("line", [
    "English, French and German are taught at the harbour school, the head teacher said.",
    "More or less, the ferry kept to its timetable all winter.",
    "Photos of the storm damage were shared thousands of times on Monday, the council said.",
    "More reviews of the contract are planned, officials said on Tuesday.",
])
def test_story_lines_with_those_words_stay(line: str) -> None:
    assert removed_families(article(line)) == {}


# Second round (session 25): openers, disclaimers, prompts and a byline's address in other words.
@pytest.mark.parametrize(("family", "line"), [
    ("recirculation_block", "On the same topic"),
    ("recirculation_block", "Pour aller plus loin"),
    ("recirculation_block", "➡️ Explore more harbour stories"),
    ("comments", "Conversations are opinions of our readers and are subject to the Code of Conduct."),
    ("comments", "Did you like this content? Rate it!"),
    ("promo", "Check out all newsletters"),
    ("legal_notice", "Journalistic Standards"),
    ("caption", "[VIDÉO] The rescue filmed from the lifeboat"),
], ids=["on-the-same-topic", "pour-aller-plus-loin", "explore-more-stories", "conversations-are-opinions", "rate-it",
        "all-newsletters", "journalistic-standards", "bracketed-video"])
def test_removes_trailing_furniture_of_the_second_round(family: str, line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: family}


def test_an_e_mail_address_under_the_byline_is_the_byline_s() -> None:
    removed = removed_families(article(PROSE_2, PROSE_3, PROSE_2, PROSE_3, head=("Rachel Kim", "rkim@harbourtimes.example")))
    assert removed.get("rkim@harbourtimes.example") == "byline"


def test_a_section_label_behind_an_emoji_above_the_byline_is_a_kicker() -> None:
    text = "Ferry terminal to open after delays\n\n" + "\n\n".join(("🌊 Ocean", "Words by Lena Ford", PROSE, PROSE_2, PROSE_3)) + "\n"
    assert removed_families(text).get("🌊 Ocean") == "kicker"


@pytest.mark.parametrize("line", [
    "Explore more of the coast on foot, the guide suggests, starting at the lighthouse.",
    "Rate it as you like, the ferry was late again on Monday.",
    "Editorial standards at the paper were questioned by the inquiry, which reported on Friday.",
])
def test_story_lines_with_second_round_words_stay(line: str) -> None:
    assert removed_families(article(line)) == {}


# Third round (session 25): a fresh batch of own articles, measured before these rules were written.
@pytest.mark.parametrize(("family", "line"), [
    ("reading_time", "⏳ Approx. 4 minutes to read"),
    ("cross_link", "► You may be interested: Ferry fares to rise in April"),
    ("promo", "Newsletter ✉️ Receive the most important harbour news every morning. Subscribe!"),
    ("promo", "The Harbour Briefing lands in your inbox at 7am — sign up"),
    ("legal_notice", "Report a bug in this article"),
    ("legal_notice", "This article was automatically translated from Norwegian."),
    ("promo", "Got a consumer problem? Email moneyhelp@harbourtimes.example"),
], ids=["approx-minutes-to-read", "you-may-be-interested", "newsletter-blurb-then-subscribe", "briefing-then-sign-up",
        "report-a-bug", "machine-translated", "question-then-address"])
def test_removes_trailing_furniture_of_the_third_round(family: str, line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: family}


def test_an_edited_stamp_at_the_top_is_removed() -> None:
    assert removed_families(article(head=("Last edited: 02.01.2026 14:10",))) == {"Last edited: 02.01.2026 14:10": "timestamp"}


@pytest.mark.parametrize("line", [
    "The newsletter, which has 40,000 readers, asked them to subscribe.",
    "About 4 minutes to read the ballot paper was all most voters needed, officials said.",
    "Did the harbour board know? Email records released on Friday suggest it did.",
])
def test_story_lines_with_third_round_words_stay(line: str) -> None:
    assert removed_families(article(line)) == {}


# Fourth round (session 25).
@pytest.mark.parametrize(("family", "line"), [
    ("share_widget", "Like, comment and share! ❤️"),
    ("promo", "Hit Like on our Facebook page to get the latest news"),
    ("author_contact", "-- Leo Brandt (@leobrandt)"),
], ids=["like-comment-share", "hit-like", "sign-off-with-handle"])
def test_removes_trailing_furniture_of_the_fourth_round(family: str, line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: family}


def test_a_stamp_with_seconds_and_an_offset_at_the_top_is_removed() -> None:
    stamp = "Mon, 10 Feb 2026 09:15:00 +0100"
    assert set(removed_families(article(head=(stamp,)))) == {stamp}


def test_an_embedded_post_s_attribution_with_its_date_stays() -> None:
    line = "— Harbour Radio (@harbourradio) May 3, 2026"
    text = article(tail=(line,))
    assert line not in removed_families(text)


def test_a_comment_section_s_word_after_a_short_paragraph_above_prose_is_a_subheading() -> None:
    text = article("The regulator said some passengers waited more than a year.", "Comments",
                   "The regulator's report quotes dozens of passengers' comments, many of them angry, collected online.",
                   PROSE_3, PROSE_2)
    assert "Comments" not in removed_families(text)


# The session-25 calls to action spare a line that reports them (session 25).
@pytest.mark.parametrize("line", [
    "Got a complaint? Let us know at info@orvik.example, the council wrote on its leaflet, which drew ridicule.",
    "Hit like on our Facebook page, the mayor urged residents during Monday's livestream.",
    "Report a bug in this article, the editor joked, and you win a mug.",
])
def test_a_reported_call_to_action_stays(line: str) -> None:
    assert removed_families(article(tail=(line,))) == {}


# Fifth round (session 25).
@pytest.mark.parametrize(("lines", "families"), [
    (("More football", "Calder boss sacked after fourth defeat"), ["recirculation_block", "recirculation_block"]),
    (("Tickets: orvikunited.example/tickets",), ["bare_url"]),
    (("The information in this article is for general guidance only and is not financial advice.",), ["legal_notice"]),
], ids=["more-football-block", "label-and-address", "guidance-only"])
def test_removes_trailing_furniture_of_the_fifth_round(lines: tuple[str, ...], families: list[str]) -> None:
    removed = removed_families(article(tail=lines))
    assert [removed.get(line) for line in lines] == families


@pytest.mark.parametrize("line", [
    "The fund's manager said the report is not financial advice, but many readers treated it as such.",
    "Source: the harbour board's annual report, page 14.",
])
def test_story_lines_with_fifth_round_words_stay(line: str) -> None:
    assert removed_families(article(tail=(line,))) == {}


# The session-25 families spare the story's own sentences that use their words (a blind attack on them, session 25).
@pytest.mark.parametrize("line", [
    "Each of his videos ends with a disclaimer that the content is not financial advice.",
    "His defence at the hearing was simple: it is not financial advice.",
    "40,000 followers of the church gathered at the harbour on Sunday for the first service.",
    "300K followers later, she has no regrets about quitting the platform.",
    "The report was machine translated into 24 languages before anyone checked it, which led to errors.",
    "Machine translated from Polish, the message was full of errors that changed its meaning.",
    "Poll: six in ten islanders would back the ferry plan in a vote",
    "Poll: Labour leads by four points ahead of Thursday's vote.",
    "Connect with them on LinkedIn first, then send a short note.",
    "Click like on a single Facebook page about gardening and the adverts start within hours.",
    "Comments reflect the opinions of the readers who post them, not of the publisher, the judge held.",
    "Source: ons.example/housing/prices-2026",
    "Petition: petitions.orvik.example/save-the-ferry",
], ids=["not-financial-advice-reported", "not-financial-advice-after-colon", "followers-of-a-church", "followers-later",
        "report-machine-translated", "machine-translated-from-then-clause", "poll-finding", "poll-finding-with-stop",
        "connect-on-linkedin-advice", "click-like-story", "comments-reflect-readers-who", "source-address", "petition-address"])
def test_story_lines_with_session_25_family_words_stay(line: str) -> None:
    text = article(PROSE_2, PROSE_3, tail=(line,))
    assert line not in removed_families(text)


@pytest.mark.parametrize("line", [
    "English, Cymraeg",
    "Français, Deutsch, Español",
], ids=["two-languages-with-a-comma", "three-languages-with-commas"])
def test_a_list_of_languages_with_commas_is_the_story_s(line: str) -> None:
    assert removed_families(article(line, PROSE_2, PROSE_3)) == {}


@pytest.mark.parametrize(("head", "line"), [
    ((), "Listen."),
    (("Bring a pan of water to the boil.",), "Approx. 4 minutes"),
    ((), "Approximately 10 minutes"),
    ((), "Editor: I left because the owners wanted more clicks and fewer reporters."),
], ids=["listen-with-a-full-stop", "approx-minutes-in-a-recipe", "approximately-minutes", "editor-in-a-transcript"])
def test_head_lines_that_only_resemble_head_furniture_stay(head: tuple[str, ...], line: str) -> None:
    text = "Soft-boiled eggs\n\n" + "\n\n".join((*head, line, PROSE, PROSE_2, PROSE_3)) + "\n"
    assert line not in removed_families(text)


@pytest.mark.parametrize("line", ["Print / online", "Music / Video", "Facebook / Meta"])
def test_a_slash_between_names_that_need_no_translation_is_the_story_s(line: str) -> None:
    assert removed_families(article(line, PROSE_2, PROSE_3)) == {}


@pytest.mark.parametrize(("head", "last"), [
    (("The crew of the Orvik lifeboat, led by Oskar Lindqvist, at the quay on Monday. Photo: Harbour Times",
      "By Lena Ford"), "Oskar Lindqvist is expected to announce his retirement next week."),
    (("By Harbour Times staff", "Tuesday 3 March 2026 09:40 GMT"), "Harbour Times was the first to report the strike, in January."),
], ids=["led-by-in-a-caption", "newsroom-byline"])
def test_a_line_about_someone_a_credit_does_not_name_as_author_stays(head: tuple[str, ...], last: str) -> None:
    text = article(head=head, tail=(last,))
    assert last in kept_texts(text)


@pytest.mark.parametrize("first", ["Why the ferry is late", "The ferry will not come"])
def test_a_short_standfirst_with_a_verb_above_the_byline_stays(first: str) -> None:
    text = "Ferry terminal to open after delays\n\n" + "\n\n".join((first, "By Lena Ford", PROSE, PROSE_2, PROSE_3)) + "\n"
    assert first not in removed_families(text)


def test_a_comment_section_s_word_after_a_question_above_prose_is_a_subheading() -> None:
    text = article(PROSE_2, "Did anyone at the paper ever read them?", "Comments",
                   "The paper's comment section drew 40,000 posts a month, the editor said on Tuesday afternoon.",
                   PROSE_3, PROSE_2, PROSE_3, PROSE_2)
    assert "Comments" not in removed_families(text)


@pytest.mark.parametrize("above", [
    "The camera is sharp and the app is easy to set up, but one thing nagged at me...",
    "The camera is sharp and the app is easy to set up, and it costs 89 pounds",
], ids=["ellipsis", "no-stop"])
def test_a_footer_s_word_after_a_paragraph_of_prose_however_it_ends_is_a_subheading(above: str) -> None:
    text = article(PROSE_2, above, "Privacy",
                   "The doorbell records every visitor and stores the clips on the maker's servers for thirty days.",
                   PROSE_3, PROSE_2, PROSE_3, PROSE_2)
    assert "Privacy" not in removed_families(text)


@pytest.mark.parametrize("line", [
    "This is not financial advice.",
    "This post is for informational purposes only and is not financial advice.",
    "Please note: this is not investment advice.",
    "Disclaimer: The content of this site is not intended as financial advice.",
], ids=["this-is-not", "for-information-only-and", "please-note", "disclaimer-label"])
def test_removes_a_disclaimer_of_advice_at_the_end(line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: "legal_notice"}


@pytest.mark.parametrize("line", [
    "The article was automatically translated from Norwegian.",
    "This text has been machine translated. See the original.",
], ids=["the-article", "this-text"])
def test_removes_a_machine_translation_s_note(line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: "legal_notice"}


@pytest.mark.parametrize("line", ["POLL: Should the ferry run all night? Vote now", "Poll: Have your say on the new ferry – vote now"],
                         ids=["question", "dash"])
def test_removes_a_poll_s_call_to_vote(line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: "promo"}


@pytest.mark.parametrize("line", ["Menu / Prices", "Advertising / marketing", "Donate / Volunteer", "Follow / unfollow"])
def test_a_slash_whose_english_half_is_no_label_is_the_story_s(line: str) -> None:
    assert removed_families(article(line, PROSE_2, PROSE_3)) == {}


@pytest.mark.parametrize("line", ["12.4K followers on Instagram", "1,204 followers • 12 following"])
def test_removes_a_follower_count_at_the_end(line: str) -> None:
    assert removed_families(article(tail=(line,))) == {line: "author_contact"}


@pytest.mark.parametrize(("byline", "last"), [
    ("By Lena Ford and Tom Price", "Tom Price was among the residents evacuated on Monday night."),
    ("By Tom Price", "Tom Price is expected to give evidence to the inquiry next week."),
    ("By Tom Price", "Tom Price is her deputy."),
    ("By Ann Lee", "Ann Lee is standing again for the harbour ward at the May election."),
    ("By Tom Price", "Tom Price is stepping down as chair of the ferry users' group after ten years."),
], ids=["was-among", "is-expected-to", "is-her", "is-standing-again", "is-stepping-down"])
def test_news_of_the_byline_s_person_at_the_end_is_no_bio(byline: str, last: str) -> None:
    text = article(head=(byline, "Tuesday 3 March 2026 09:40 GMT"), tail=(last,))
    assert last in kept_texts(text)


@pytest.mark.parametrize("bio", ["Tom Price was previously the paper's political editor.", "Tom Price is a former harbour master.",
                                 "Tom Price is writing a book about the island's ferries."])
def test_a_bio_that_says_what_the_byline_s_author_is_or_was_goes(bio: str) -> None:
    text = article(head=("By Tom Price", "Tuesday 3 March 2026 09:40 GMT"), tail=(bio,))
    assert removed_families(text).get(bio) == "author_contact"


# A work in progress is a bio's trade going on, whatever the verb (session 26, rekeep).
@pytest.mark.parametrize("bio", ["Tom Price is presenting a new series on the island's harbours for Radio Calder.",
                                 "Tom Price is finishing his second novel, set on a North Sea trawler.",
                                 "Tom Price is making a documentary about the last ferrymen of the Clyde."])
def test_a_bio_that_says_what_work_the_byline_s_author_is_doing_goes(bio: str) -> None:
    text = article(head=("By Tom Price", "Tuesday 3 March 2026 09:40 GMT"), tail=(bio,))
    assert removed_families(text).get(bio) == "author_contact"


@pytest.mark.parametrize("last", ["Tom Price is facing a charge of careless driving after the crash on the quay.",
                                  "Tom Price is launching a bid to lead the council's harbour committee."])
def test_news_of_the_byline_s_person_doing_something_else_than_a_work_stays(last: str) -> None:
    text = article(head=("By Tom Price", "Tuesday 3 March 2026 09:40 GMT"), tail=(last,))
    assert last in kept_texts(text)


# A page's label between two paragraphs is the story's subheading when the paragraph below takes up what it names
# (session 26): the same words with a paragraph about something else below stay furniture.
SUBJECT_LABELS = [
    ("Photos", "The photographs were taken by trawlermen over half a century, and most have never been shown before."),
    ("Videos", "The video clips, filmed on phones by passengers, show the ramp folding as the lorry drove onto it."),
    ("Advertising", "The regulator said the advertising for payday loans had been aimed at students in breach of its code."),
    ("Follow", "Fans can now follow individual players and get an alert on their phones whenever one is substituted."),
    ("Twitter / X", "Many islanders still call the network Twitter, two years after its owner renamed it and changed its logo."),
    ("Photos / Video", "The photos and the short video the ferry's crew posted were shared thousands of times within an hour."),
    ("Share your photos with us", "The village society wants residents to share photos of the old quay for its "
                                  "archive, and will scan prints brought to the library on Saturdays."),
]


@pytest.mark.parametrize(("label", "below"), SUBJECT_LABELS, ids=[label for label, _ in SUBJECT_LABELS])
def test_a_label_that_the_paragraph_below_takes_up_is_a_subheading(label: str, below: str) -> None:
    text = article(PROSE_2, label, below, PROSE_2)
    assert label not in removed_families(text)
    assert label in kept_texts(text)


# A participle's clause opening the paragraph below ("Following the vote, ...") links it to the paragraph before: it
# takes up no label (session 26, rekeep).
PARTICIPLE_OPENERS = [
    ("Follow", "Following the vote, the council said it would publish a timetable for the works within a month."),
    ("Photos", "Photographing the flooded streets from a drone, the crew found two people stranded on a roof."),
    ("Videos", "Videoing the meeting from the gallery, residents saw the chairman walk out before the final vote."),
]


@pytest.mark.parametrize(("label", "below"), PARTICIPLE_OPENERS, ids=[label for label, _ in PARTICIPLE_OPENERS])
def test_a_label_over_a_paragraph_opening_on_a_participle_s_clause_is_furniture(label: str, below: str) -> None:
    text = article(PROSE_2, label, below, PROSE_3)
    assert label in removed_families(text)
    assert below in kept_texts(text)


@pytest.mark.parametrize(("label", "below"), [
    ("Advertising", "Advertising by betting firms brings in about £60m a year to the clubs in the top division."),
    ("Follow", "Following the money, the auditors found, meant following a chain of firms to three other countries."),
])
def test_a_label_an_opening_word_ending_in_ing_takes_up_without_a_clause_stays(label: str, below: str) -> None:
    assert label in kept_texts(article(PROSE_2, label, below, PROSE_3))


@pytest.mark.parametrize("label", ["Photos", "Videos", "Advertising", "Follow", "Twitter / X", "Photos / Video",
                                   "Share your photos with us", "ADVERTISING", "— Photos —"])
def test_the_same_label_over_a_paragraph_about_something_else_is_furniture(label: str) -> None:
    text = article(PROSE_2, label, PROSE_3, PROSE_2)
    assert label in removed_families(text)


# An address under a label the story's text takes up is where the story sends its reader (session 26).
EVENT_STORY = ("The folk festival returns to the quay on 14 June, with twelve bands on two stages and a ceilidh "
               "in the fish market; tickets cost £15 for the day and children under twelve go free.")


@pytest.mark.parametrize("line", ["Tickets: quayfolk.example/tickets", "Booking: quayfolk.example/book-a-stage",
                                  "Programme: quayfolk.example/2026/programme"])
def test_a_labelled_address_the_story_takes_up_at_the_end_is_the_story_s(line: str) -> None:
    story = EVENT_STORY.replace("tickets cost", "bands can book a slot on Monday and the programme is out; tickets cost")
    text = "\n\n".join(("Folk festival returns to the quay", story, PROSE_2, PROSE_3, line)) + "\n"
    assert line not in removed_families(text)
    assert line in kept_texts(text)


@pytest.mark.parametrize("line", ["Tickets: quayfolk.example/tickets", "Website: quayfolk.example/home",
                                  "Read more: quayfolk.example/news/festival", "Full story: quayfolk.example/news/festival"])
def test_a_labelled_address_the_story_does_not_take_up_is_furniture(line: str) -> None:
    story = EVENT_STORY.replace("tickets cost £15 for the day", "the day costs £15")
    text = "\n\n".join(("Folk festival returns to the quay", story, "Readers said the full story of the festival's "
                        "first year had never been read aloud before.", PROSE_3, line)) + "\n"
    assert line in removed_families(text)


# A question in the reader's own voice with its answer on the same line is a consumer story's (session 26); a page's
# question to its reader stays furniture.
@pytest.mark.parametrize("line", [
    "Where can I complain? Email parking@calder.gov.example",
    "Where can I complain? Email the council's parking team at parking@calder.gov.example with your ticket number.",
    "Can I get my money back? Contact your card issuer first, then the ombudsman at help@ombudsman.example",
    "What should I do? Please get in touch with your bank straight away and ask for a chargeback.",
])
def test_a_question_in_the_reader_s_voice_with_its_answer_is_the_story_s(line: str) -> None:
    for text in (article(line, PROSE_2), article(tail=(line,))):
        assert line not in removed_families(text)
        assert line in kept_texts(text)


@pytest.mark.parametrize("line", [
    "Got a story? Email news@harbour.example",
    "Have you been affected? Email haveyoursay@harbour.example",
    "Why am I seeing this ad?",
    "Enjoyed this story? Please support local journalism",
])
def test_a_page_s_question_to_its_reader_is_still_furniture(line: str) -> None:
    assert line in removed_families(article(tail=(line,)))


# A question in the reader's voice whose answer is the page's own promo is the page's (session 26, rekeep).
@pytest.mark.parametrize("line", [
    "How can I keep up with the harbour? Subscribe today for unlimited access to our journalism",
    "Can I get this news first? Download our free app for breaking news alerts",
    "Where can I read more stories like this? Sign up to our daily newsletter",
])
def test_a_question_in_the_reader_s_voice_answered_by_a_promo_is_furniture(line: str) -> None:
    for text in (article(line, PROSE_2), article(tail=(line,))):
        assert line in removed_families(text)


# A line that tells the reader to click a link is a call to action, as "Click here ..." is (session 26, rekeep); the
# story's line that reports such a message stays.
@pytest.mark.parametrize("line", [
    "Click this link to see more stories from the valley",
    "Tap the link below to get our morning briefing",
    "Click on this link to read more about the changes",
])
def test_a_line_telling_the_reader_to_click_a_link_is_furniture(line: str) -> None:
    for text in (article("Advertisement", line, PROSE_2), article(line, PROSE_2), article(tail=("Share", line))):
        assert removed_families(text).get(line) == "promo"


@pytest.mark.parametrize("line", [
    '"Click this link to claim your refund," the text message said, but the link led to a copy of the bank\'s site.',
    "Customers who clicked the link in the email were asked for their card details and a security code.",
])
def test_a_story_line_about_clicking_a_link_stays(line: str) -> None:
    assert line in kept_texts(article(line, PROSE_2))


# A line that is one quotation is someone's words the story reports, whatever they say (session 26).
@pytest.mark.parametrize("line", [
    '"Did you see anything? Please get in touch with us on 101 quoting incident 412."',
    '“If you have dashcam footage from the quay road, please send it to us. Sign up to our alerts for updates.”',
    '"Anyone who has information can also contact Crimestoppers anonymously. Share this appeal."',
])
def test_an_appeal_that_is_one_quotation_is_the_story_s(line: str) -> None:
    for text in (article(line, PROSE_2), article(tail=(line,))):
        assert line not in removed_families(text)
        assert line in kept_texts(text)


@pytest.mark.parametrize("line", ["Did you see anything? Please get in touch with us on 101.",
                                  "Share this article"])
def test_an_appeal_not_wholly_quoted_is_still_furniture(line: str) -> None:
    assert line in removed_families(article(tail=(line,)))


# A promo set in quotation marks is a slogan, no sentence someone said: no mark closes it (session 26, rekeep).
@pytest.mark.parametrize("line", [
    "“Subscribe for £2 a month and read every story from the valley”",
    '"Download our free app for the latest news from the harbour"',
    "“Sign up to our weekly newsletter for the best of the coast”",
])
def test_a_promo_in_quotation_marks_without_a_closing_mark_is_furniture(line: str) -> None:
    for text in (article(PROSE_2, line, PROSE_3), article(tail=(line,))):
        assert line in removed_families(text)


@pytest.mark.parametrize(("label", "below"), SUBJECT_LABELS[:4], ids=[label for label, _ in SUBJECT_LABELS[:4]])
def test_a_label_taken_up_below_stays_when_the_furniture_under_a_short_story_goes(label: str, below: str) -> None:
    # once the furniture is out, the label is in the last lines: it is judged by what follows it, not by its place
    text = "\n\n".join(("Ferry terminal to open after delays", PROSE, label, below, "Advertisement", "Share this article",
                        "Most Read", "Harbour tolls to rise in April", "Bridge to close for repairs")) + "\n"
    assert label not in removed_families(text)
    assert label in kept_texts(text)


# Furniture's words the story quotes on a line of their own, with the paragraph below pointing back at them (session 26).
QUOTED_FURNITURE = [
    ("Subscribe now", "That single button, the students said, hides a price that only appears after the first "
                      "month of a free trial."),
    ("All rights reserved", "The judge said those three words, printed under the picture on her own website, made it "
                            "plain she had never licensed it."),
    ("Download the app", "Thousands of fans had followed that instruction on every poster and had no paper ticket to "
                         "show at the gate."),
    ("Sponsored", "She had used that word, but only in a caption that her followers had to open before they could "
                  "see it."),
]


@pytest.mark.parametrize(("line", "below"), QUOTED_FURNITURE, ids=[line for line, _ in QUOTED_FURNITURE])
def test_furniture_the_paragraph_below_points_back_at_is_the_story_s(line: str, below: str) -> None:
    text = article(PROSE_2, line, below, PROSE_3)
    assert line not in removed_families(text)
    assert line in kept_texts(text)


@pytest.mark.parametrize(("line", "below"), QUOTED_FURNITURE, ids=[line for line, _ in QUOTED_FURNITURE])
def test_the_same_furniture_over_a_paragraph_that_says_nothing_of_it_goes(line: str, below: str) -> None:
    text = article(PROSE_2, line, "Ministers repeated on Tuesday that the plan would go ahead whatever the "
                                  "harbour board decided about the timetable.", PROSE_3)
    assert line in removed_families(text)


# A paragraph that opens on what someone said or offered ("That warning ...", "This message ...") points back at the
# paragraph above it, not at the furniture between them, unless it says where those words were shown (session 26,
# rekeep).
SAID_BELOW_FURNITURE = [
    ("Sign up for our weather newsletter", "That warning came as forecasters raised the alert to amber for the whole "
                                           "county on Thursday evening."),
    ("Advertisement", "This message was repeated by the health board on Wednesday as waits in the department reached "
                      "twelve hours."),
    ("Most read", "Those notes of caution were echoed by consumer groups, who said older customers would be hit "
                  "hardest by the closures."),
]


@pytest.mark.parametrize(("line", "below"), SAID_BELOW_FURNITURE, ids=[line for line, _ in SAID_BELOW_FURNITURE])
def test_furniture_over_a_paragraph_pointing_back_at_what_was_said_goes(line: str, below: str) -> None:
    text = article(PROSE_2, line, below, PROSE_3)
    assert line in removed_families(text)
    assert below in kept_texts(text)


@pytest.mark.parametrize(("line", "below"), [
    ("Accept all cookies", "That message, shown on every page of the council's site, was never translated into Welsh."),
    ("Subscribe now", "That offer, printed on the front page for a month, drew fewer than a hundred new readers."),
])
def test_furniture_whose_words_the_paragraph_says_were_shown_is_the_story_s(line: str, below: str) -> None:
    text = article(PROSE_2, line, below, PROSE_3)
    assert line in kept_texts(text)



@pytest.mark.parametrize(("line", "family"), [
    ("Print this story | Email to a friend", "share_widget"),  # an old site's tools, one line under the story
    ("Print this article · Share on Facebook", "share_widget"),
])
def test_a_line_of_joined_items_each_a_family_s_is_that_family_s(line: str, family: str) -> None:
    assert removed_families(article(line)).get(line) == family
    assert removed_families(article(tail=(line,))).get(line) == family


@pytest.mark.parametrize("line", ["Labour 31 | Conservative 18", "Tickets | Five pounds", "Print works · Harbour Gallery"])
def test_a_line_of_joined_items_with_one_of_the_story_s_stays(line: str) -> None:
    assert line in kept_texts(article(line))


@pytest.mark.parametrize("label", ["Energy", "Harbour | Transport"])
def test_the_section_above_a_repeated_headline_goes_with_it(label: str) -> None:
    text = article(head=(label, "Ferry terminal to open after delays"))
    assert removed_families(text) == {label: "kicker", "Ferry terminal to open after delays": "repeated_headline"}
    assert kept_texts(text) == [PROSE, PROSE_2, PROSE_3]


def test_a_short_line_above_a_line_that_repeats_no_headline_stays() -> None:
    text = article(head=("Energy", "Ferry terminal to open next spring"))
    assert kept_texts(text)[:2] == ["Energy", "Ferry terminal to open next spring"]


@pytest.mark.parametrize("label", ["Share", "Share this article", "Videos"])
def test_a_label_over_a_paragraph_that_names_its_word_only_further_on_is_furniture(label: str) -> None:
    below = ("The chip maker said on Monday that demand had held up through the winter, and its biggest customer "
             "bought a larger share of its output, mostly for phones that play videos.")
    assert label in removed_families(article(PROSE_2, label, below, PROSE_3))
