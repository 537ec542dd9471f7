/**
 * Case tables per trigger: positives, negations and hypotheticals, near-misses. Each row is one
 * customer message (or thread) and whether the trigger fires.
 */
import { describe, expect, test } from 'vitest';
import type { NormalizedTicket } from '../../../policy/contract';
import { evaluateMessages, fireCases, firedIds, thread } from './helpers';

type Row = [text: string | string[], fires: boolean, extra?: Partial<NormalizedTicket>];

const TSM: Partial<NormalizedTicket> = { brand: 'TSM' };
const HB: Partial<NormalizedTicket> = { brand: 'HB' };

const TABLES: Record<string, Row[]> = {
  chargeback_threat: [
    // A decline message telling the customer to call the bank is no dispute.
    ['My card was declined and the message said to call the number on the back of my card.', false],
    ['Checkout declined my card with a note to contact my bank at 1-800-555-0100.', false],
    ['My card was declined. I am calling my bank to dispute the charge you already took.', true],
    // blind14: non-native English.
    [
      'If you not send the money back this week I will tell to my bank to take back the money from you.',
      true,
    ],
    // Left to the issuer, going to it, reporting the charge to it, asking it for the money (stop 14 probes).
    ["I'll just let my credit card company handle it from here.", true],
    ["Don't make me go to my bank over this.", true],
    ["I'm one click away from reporting this charge to Chase.", true],
    ["If this isn't sorted I'll be asking Mastercard for my money back.", true],
    ['Guess I will let Amex sort you out.', true],
    ['My bank will handle the transfer once the refund is issued, thanks.', false],
    [
      'Let me know when it ships. I reported the lost card to Chase already, the new one works.',
      false,
    ],
    // A rhetorical dare threatens; an agent's note in the third person; what the bank app shows (blind11).
    ['honestly give me one reason not to ring Visa and have them claw this back', true],
    [
      'unused',
      true,
      thread([
        'note',
        "He said if it isn't out today he's phoning his bank to get the charge taken off.",
      ]),
    ],
    ['My bank app shows the charge was reversed already, thanks for sorting it.', false],
    // Spanish mixed in; a parent who will call the bank.
    ['Si no me devuelven el dinero voy a llamar al banco para disputarlo.', true],
    [
      "my mom says if u dont send another one she's just gonna call the bank and get the money back",
      true,
    ],
    // The bank consulted and finding nothing wrong; a dispute long past and settled (blind3).
    ["I called my bank and they say there's no block on their end. What's going on?", false],
    [
      "Last year I had a chargeback with you guys over a lost order but that's all sorted and I'm back.",
      false,
    ],
    // The issuer in other words, the money clawed back, a provisional credit (blind7).
    [
      "If I don't have the box or my $84 by Friday, I'm calling the number on the back of my Amex and having them claw it back.",
      true,
    ],
    [
      'American Express has already given me a temporary credit for the $61.20 while they investigate.',
      true,
    ],
    ['My card has a number on the back for lost cards, should I call it?', false],
    // The issuer as the next step, a hedged threat; a dispute with another merchant is background (blind8).
    [
      "If we can't sort it out between us, my credit card company is the next stop, which I'd rather avoid.",
      true,
    ],
    ["I'll be honest, if it doesn't get sorted my next call is to Amex.", true],
    ["I'd rather not have to call my bank about it, so I'm hoping you can reverse one.", true],
    ["I don't want to call my bank or dispute anything, I just want to know where it is.", false],
    [
      'I had to dispute a charge with my bank last year because some other site billed under a weird name.',
      false,
    ],
    ['My next call is to the post office to see if they have it.', false],
    // The charge taken to the issuer in other words; the bank speaking for itself is no customer dispute.
    ["Just a heads up that I've flagged the transaction with Chase.", true],
    ["I'm going to ask PayPal to get my money back for me.", true],
    ['This is Tom from Chase Merchant Services regarding a dispute on MID 44552.', false],
    ['I flagged the package with the neighbours, maybe they have it.', false],
    // Chat wording: short forms, and a plan negated before its "gonna".
    ['if its not fixed by friday im filing w amex and ur never seeing that money', true],
    ['not gonna do a chargeback or anything lol, just wanna know where my box is', false],
    // Probe 6: a dispute already done or open, or the issuer told about this order.
    ['Capital One has already charged back the payment, FYI.', true],
    ['I have an open chargeback against this order until the box turns up.', true],
    ['I informed Visa about the charge and they are looking at it.', true],
    [
      'My bank reversed the late fee on my account, nothing to do with you. Where is my order?',
      false,
    ],
    ['I told my bank about my new address, please update yours too.', false],
    ["If this isn't fixed by Friday I'm calling my bank to dispute the charge.", true],
    ['I already filed a dispute with my bank for this order.', true],
    ["He said he'll do a chargeback with Amex today if we don't refund him.", true],
    ["I'm not going to dispute it with my bank, I just want to know where it is.", false],
    ['Do I need to dispute the charge with my bank if a package is lost?', false],
    ['My bank card expired, how do I update it?', false],
    ['if this isnt sorted by friday im doing a chargback', true],
    ['I have opened a Klarna dispute for the order that never came.', true],
    ["I'm contesting the payment with Amex tomorrow unless it ships.", true],
    ["I'm not contesting the payment, I just need the invoice.", false],
    ['im not doing a chargback lol, just checking on my order', false],
    ['My bank is already looking into this charge for me.', true],
    ["I haven't opened a PayPal dispute, I'd rather sort it out with you.", false],
    ['Already disputed it through my bank, so stop emailing me.', true],
    ['I phoned my bank and they told me nothing was declined on their end.', false],
    ["I'm phoning my bank tomorrow to reverse this charge.", true],
    // Probe 4: the issuer brought in without the word dispute, a claim lodged with a named issuer,
    // and calls to the bank about the card itself.
    ['Sort this out or my credit union is going to get involved.', true],
    ["If it doesn't show up, I'm bringing Capital One into this.", true],
    ['I lodged a case with Barclaycard about the $80 you took.', true],
    ["I won't get my bank involved, I just want a tracking number.", false],
    ['My bank got involved in a fraud alert on another store, is your site safe?', false],
    ['I rang the bank yesterday since my card got stolen, so the payment may fail.', false],
    [
      'I called my bank about a replacement card, please use the new one for my subscription.',
      false,
    ],
  ],
  fraud_accusation: [
    // Doubting the store is real; a scam elsewhere is background (blind11, blind8).
    ['Are you a legit business or a fake storefront? Starting to feel like I got conned.', true],
    [
      'I got scammed by a supplement site last year, so I like that you list a phone number.',
      false,
    ],
    // A rumour repeated as a question; a phishing message asked about (blind3).
    ['I saw a TikTok saying your company is a scam that sells sugar pills, is that true?', false],
    ['Looks like a scam to me - is it really you?', false],
    ["You're a scam and I'm telling everyone.", true],
    // Theft said of the charge; scams as an article's topic are no accusation.
    ['thats stealing plain and simple', true],
    [
      "I'm a reporter working on a piece about how shoppers can avoid supplement scams and counterfeit products.",
      false,
    ],
    // Probe 6: reporting the company for fraud.
    ['I am reporting your business to the FTC for consumer fraud.', true],
    ['I want to report you for fraud, you took my money and sent nothing.', true],
    ['How do I report a fraud attempt? Someone texted me pretending to be you.', false],
    ['You people are a scam. Send my product or my money.', true],
    ['Is this a counterfeit? The label print is blurry.', true],
    [
      'I got a text about a redelivery fee at a weird link. Is this a scam or is it really from you?',
      false,
    ],
    ['Your support team was fast, thank you.', false],
    ['Your company is completely fraudulent.', true],
    ['These gummies are a counterfeit copy, the font on the label is wrong.', true],
    ['This is not an authentic product, the seal looks different.', true],
    ['Was that text a scam or a real message from you?', false],
    ['Is this email a phishing attempt pretending to be your store?', false],
    ['Is the original formula coming back?', false],
    ['This is not the original product I ordered, you sent the wrong flavour.', false],
  ],
  legal_threat: [
    // blind14: court against the company, a claim against it, a legal process, a threat withdrawn.
    [
      'unused',
      true,
      thread(['note', "He said more than once that he is 'taking this company to court'."]),
    ],
    [
      "If the other two aren't on their way by Friday, I'm filing a claim against your company in court.",
      true,
    ],
    [
      'I have already speak with lawyer and we will make the legal process against your company.',
      true,
    ],
    [
      "When the jar arrived cracked I was ready to call a lawyer. After your message I'm not taking it anywhere.",
      false,
    ],
    // Court as where this ends, a suit, a lawyer hired, a judge's view, no hesitation (stop 14 probes).
    ['Consider this formal notice: I intend to pursue this in court.', true],
    ['I will be filing suit in county court next week unless this is resolved.', true],
    ['This is your last chance before I lawyer up.', true],
    ['Keep ignoring me and see what a judge thinks.', true],
    ["I'm not above suing over this.", true],
    ["I know my rights under consumer law and I'll enforce them in court if I have to.", true],
    ['I filed a claim with the carrier for the crushed box.', false],
    ['My friend said I should get a lawyer, lol. Anyway the replacement came, thanks!', false],
    // A note tells the threat in the third person; a note's "he'll" that threatens nothing.
    [
      'unused',
      true,
      thread([
        'note',
        "Caller wants the $310 back and said he'll sue if it isn't on his card this week.",
      ]),
    ],
    [
      'unused',
      false,
      thread(['note', "Caller said he'll sort out the address with his wife and call back."]),
    ],
    // A lawyer's letter with a demand.
    [
      'I represent Mr. Daniel Hyde. Unless these messages cease within ten days, we will pursue the statutory remedies available under the TCPA. Martin Osei, Esq.',
      true,
    ],
    // A lawyer left to deal with it; a match hidden behind a negated one is still read.
    ['fine. my attorney can deal with u', true],
    ['and if i dont get my money my lawyer will be sending u a letter', true],
    ["I've sent both tubs' photos to a firm that handles consumer class actions.", true],
    // A law firm reached, a court the matter goes to, legal options named.
    ["I've already reached out to a law firm about this.", true],
    ["I'm documenting everything for when this goes to court.", true],
    ['We are exploring all options including legal ones.', true],
    ['my husband is an attorney and hes not happy', true],
    ['My husband is an attorney, please ship to his office address.', false],
    ['My daughter goes to court reporting school, can I send her a gift card?', false],
    // Legal steps without a lawyer or a court, and a lawyer's verdict on the case.
    ["I'm prepared to take this further legally.", true],
    ['Consider this formal notice that I intend to pursue legal remedies.', true],
    ['My brother-in-law is a lawyer and he says this is a clear breach of consumer law.', true],
    ['My sister is a lawyer and she says the gummies are great for her kids.', false],
    ["I'm not going to take this further legally, I just want my order.", false],
    // Probe 6: papers served; a law office as a delivery address.
    ["Expect to be served with a summons if this isn't refunded.", true],
    ['Consider this a cease and desist on the texts you keep sending me.', true],
    ['Please deliver to my law office, the front desk signs for packages.', false],
    ["Refund me today or I'm getting a lawyer involved.", true],
    ["If both aren't refunded by Friday, I'm filing in small claims court.", true],
    ["I'm not going to sue anyone or get a lawyer involved, I just want my $40 back.", false],
    ['My lawyer recommended I get a quote for condo insurance.', false],
    ['Nobody is going to sue anyone, relax. Just send the replacement.', false],
    // Probe 4: a lawyer preparing a letter, whoever the lawyer is to the customer.
    ['My cousin is an attorney and is drafting a demand letter to your company.', true],
    ["I'm having my lawyer send you a letter this week.", true],
    ['My husband is a lawyer, he loves the fish oil. Do you have a bigger size?', false],
    ["My brother is a lawyer but I'm not getting him to write anything, just refund me.", false],
  ],
  adverse_reaction_medical: [
    // Idioms of being fed up are no illness.
    [
      "I'm sick to death of waiting, the ER nurse in my family agrees your shipping is slow.",
      false,
    ],
    ['I broke out in hives and my husband drove me to the ER.', true],
    ['She had stomach cramps and saw her doctor, who prescribed medication.', true],
    ["I got a mild rash, it cleared up on its own, I didn't need to see a doctor.", false],
    [
      "I'm severely allergic and ended up in the ER last year after a different brand's bar.",
      false,
    ],
    [
      'My son threw up all night after two of the chewables, so we took him to the pediatrician this morning.',
      true,
    ],
    [
      'I took my daughter to the doctor for her checkup and she asked which vitamins you sell for kids.',
      false,
    ],
  ],
  foreign_object: [
    // A desiccant asked about is no foreign object; a sliver of something in the tub is.
    [
      "Inside the bottle there is one small white bag that says 'DO NOT EAT'. Is this a foreign object by mistake?",
      false,
    ],
    [
      'At the bottom of my collagen tub there was a little sliver of what looks like blue plastic.',
      true,
    ],
    ['I found a hard piece of blue plastic in my Vanilla Protein tub.', true],
    ['There was a long black hair stuck inside one of my gummies.', true],
    [
      'There was a small packet in my bottle that says DO NOT EAT. Is that supposed to be in there?',
      false,
    ],
    ['There was a torn piece of a latex glove in with the tablets when I opened the jar.', true],
    ['A scrap of grey fabric was mixed in with the gummies.', true],
    ['Please wear gloves when you pack my order, the last box was dusty.', false],
    ['The scoop was buried in the powder, took me ages to find it.', false],
  ],
  wholesale_reseller_issue: [
    // A stockist in chat, its trade pricing gone.
    [
      'unused',
      true,
      thread(
        ['customer', 'hey its priya from root & rind, we stock ur bars + collagen'],
        ['customer', 'my portal login is showing regular retail prices now??'],
      ),
    ],
    // The wrong trade tier billed, a wholesale delivery gone wrong.
    [
      'It looks like it was billed at the retail-partner tier instead of the volume tier we moved to.',
      true,
    ],
    ['The last wholesale box came with your retail price stickers on every jar.', true],
    // A business buying stock in bulk, and what went wrong with it.
    ['We ordered 200 units for our gym shop and half the batch expired next month.', true],
    ['I ordered 2 tubs for my home gym and one expired last month.', false],
    ['Our wholesale portal login says account suspended and we cannot reorder.', true],
    ['Another reseller is listing your whey below the minimum advertised price.', true],
    ['Do you offer wholesale pricing for small stores?', false],
    [
      'Our stockist agreement says you ship within a week, and our last delivery was short four cases.',
      true,
    ],
    [
      'A marketplace seller is listing your bars below the minimum price our distribution agreement sets.',
      true,
    ],
    ['Our wholesale invoice shows the wrong unit cost.', true],
    [
      'Could you send your wholesale price list? We would like to stock your range in our cafe.',
      false,
    ],
    ['We stock your protein range in our gym and would like to reorder.', false],
    [
      'I bought your collagen at a pharmacy that stocks the whole line, is it the same as online?',
      false,
    ],
  ],
  abusive_language: [
    // Profanity as surprise at how good it is (blind13).
    ["Holy shit these electrolyte packs are good, I'm hooked. Ordering more.", false],
    ['Holy shit, you people are useless.', true],
    // Staff called morons in other words.
    ['Your warehouse must be staffed by complete morons.', true],
    // "You guys are a joke" insults; "your quality control is a joke" criticises (blind3).
    ['you guys are a joke', true],
    ["I'm furious, your quality control is a joke. Replace it or I'm done with you.", false],
    // An insult aimed at whoever did it.
    ['Whatever moron set up your checkout should be fired.', true],
    // Insults without a listed swear word.
    ['you guys suck so bad', true],
    ['go screw yourselves', true],
    ['can someone with half a brain answer me', true],
    ["I'm sick to death of your crap", true],
    ['Does the straw suck up the powder or should I stir first?', false],
    // A profane question in anger.
    ['What the hell is wrong with your company, seriously', true],
    ['where the hell is my order??', true],
    // Probe 5: insults aimed at a named member of staff, and menace toward them.
    ['Tell your moron manager to call me back today.', true],
    ['That clown on the phone hung up on me twice.', true],
    ['I know where your people work, keep it up.', true],
    ['I felt like an idiot for ordering the wrong size, can I swap it?', false],
    ['I do not know where my package is, the tracking stopped.', false],
    // Probe 4: profanity as an intensifier of praise is no abuse; the same word in anger is.
    ['Holy shit, these gummies are damn good, ordering three more.', false],
    ['This fucking order is three weeks late, damn useless company.', true],
    ['i want to solve a fucking payment issue', true],
    ['are you a moron?? i just told you it doesnt work', true],
    ['Your company is run by a bunch of clowns.', true],
    ['You lot are a bunch of prats, answer my email.', true],
    ['Holy sh*t, your sleep gummies are amazing. Best damn sleep ever!!', false],
    ["I'm not trying to be rude, I just need this fixed.", false],
    ['this is complete bullshit, refund me', true],
    ['I want to download my somefucking invoice', true],
    // Profanity only inside a longer word, a handle or digits; words for the body, not swearing.
    ['Is the Scunthorpe store open on Sundays?', false],
    ['@Assemble_Fitness told me to ask you about the collagen bundle.', false],
    ['My order number is 455, has it shipped?', false],
    ['Can the zinc affect my sex drive?', false],
  ],
  review_threat: [
    // blind14: the post as the subject; a note of a plan to post.
    [
      "I've written up the whole saga with pictures and it goes on Trustpilot and Reddit tonight unless I hear back.",
      true,
    ],
    [
      'unused',
      true,
      thread([
        'note',
        'She makes wellness videos and plans to post one on TikTok showing the leaking bottles.',
      ]),
    ],
    // An audience or a rating the customer will reach (stop 14 probes).
    ["I run a fitness page with 30k people and they'll be hearing about this.", true],
    ["I'll be telling my entire gym not to buy from you.", true],
    ['Your Google rating is about to take a hit.', true],
    ['This is going on my TikTok tonight.', true],
    ["I'm filming an unboxing video showing exactly how this arrived.", true],
    ['I told my entire gym about your bars, they all want the discount code!', false],
    ['This is going on my shopping list every month, love it.', false],
    // A threat taken back (blind13).
    [
      "The replacement arrived fine. Earlier I wrote I might leave a bad review but that's behind us now, no plans to.",
      false,
    ],
    // The audience as the consequent of a condition (blind11).
    [
      "If I don't hear back today, my 12k followers on Instagram get the full story with pictures.",
      true,
    ],
    ['My followers loved the story I posted about your bars last week!', false],
    // Comments under every ad.
    ["I'll be posting exactly this in the comments of every ad you run.", true],
    // A recommendation to followers is no praise exception.
    [
      "I've got a lot of followers who buy these on my recommendation, and they'll want to hear about it.",
      true,
    ],
    ['I recommend these to all my followers, they love them!', false],
    // The review shaped by the wait, a rating cut, comments under a post; a promise not to (blind8).
    ['My Google review will reflect the wait.', true],
    ["I left you five stars on Trustpilot last year and I'm close to changing that to one.", true],
    ["Otherwise it's going in the comments on your next Instagram post.", true],
    ["I'm not one to go and leave bad reviews, I just want to know where it is.", false],
    // The public told, the review shaped by the outcome.
    ['People online deserve to know about this.', true],
    ['My review will reflect this, I promise you.', true],
    [
      "I already posted on Google about this and I'll change my rating depending on how you handle it.",
      true,
    ],
    ['My review will reflect how much I love the new flavour!', false],
    // "Not gonna lie" negates nothing; "its going straight to" opens the threat.
    ['not gonna lie my ig stories are getting a full breakdown of this tonight', true],
    ['box came w/o the creatine. if i dont get it this week its going straight to the bbb', true],
    ['omg the new flavor is insane, gonna leave u guys a 5 star on google fr', false],
    ['My 20k subscribers are going to hear about how you treat people.', true],
    ['My followers loved the video I made about your protein!', false],
    ["If it isn't sent this week, I'm leaving a 1-star review on Trustpilot.", true],
    ["I'm filing a complaint with the Better Business Bureau today.", true],
    ["I have 40k followers on TikTok and they're going to hear how you treat customers.", true],
    ['I left you a 5-star review on Trustpilot, where are my points?', false],
    ['Are you BBB accredited? My dad wants to check before he orders.', false],
    ["I'm not the type to leave bad reviews online, so I'm writing to you instead.", false],
    ['I was about to post a one-star review until Priya fixed it for me.', false],
    ['Wait for the TikTok video I am making about your company.', true],
    ['If this is not sorted, everybody at my running club will hear about it.', true],
    ['Your sale posts on Instagram are lovely, where do I find the code?', false],
    ['I loved the TikTok video, I am sharing it with my sister.', false],
    ['We help brands remove negative reviews from Google within a week. Interested?', false],
    ['Everybody at the gym is going to hear how great this is!', false],
  ],
  integrity_concern: [
    // blind14: claims with nothing behind them, a promise untrue, origin misstated, reviews written or hidden.
    [
      'Your page says it is clinically proven to double deep sleep. We have found no study supporting it.',
      true,
    ],
    [
      "On the website you write 'Made in USA' but the box says made in China. Why you write something not true?",
      true,
    ],
    ["I'm struggling to see how that labelling isn't misleading.", true],
    ['That promise on your site was simply untrue, and it feels deliberate.', true],
    [
      "A friend says your site hides anything under four stars. If that's true it's a dishonest practice.",
      true,
    ],
    ['I found no study guide in the box, is the workout plan online?', false],
    // Answers the customer believes are invented (blind11).
    ["Every update says it shipped. You're just stringing me along with made-up answers.", true],
    ['Sorry for stringing you along with all my questions, you have been great.', false],
    // Shortchanging on purpose, a deadline made up, numbers withheld (blind7).
    ["That's not a rounding error, that's shorting people on purpose.", true],
    ['so the deadline is just made up to pressure people?', true],
    ['Why should I believe anything else on the label?', true],
    [
      "It really feels like the numbers are being kept from creators so you don't have to pay out.",
      true,
    ],
    // A hedge conditions nothing; a dislike's negation is the complaint.
    ['Nothing on the page said that clearly, which is pretty deceptive if you ask me.', true],
    ["I don't appreciate being lied to about when it shipped.", true],
    ["I don't think you lied, the tracking was probably just slow.", false],
    // Fake prices, sneaky design, old stock sold knowingly (blind8).
    ["The 'sale' looks like a made-up strikethrough to me.", true],
    ['Tucking that option three menus deep feels pretty sneaky.', true],
    ['It feels like you knowingly sell off old stock and hope nobody notices.', true],
    ['Are you actually being straight with people about the testing?', true],
    ['The sneaky little dog stole one of the gummies, lol.', false],
    // Hidden facts, doctored results, claims with nothing behind them.
    ["You're hiding the real ingredients from customers.", true],
    ['The before/after photos on your site are clearly photoshopped.', true],
    ["Your ads claim clinically proven but there's no study anywhere.", true],
    ['Where can I find the clinical study behind the collagen?', false],
    ['Your ad about free shipping is a flat-out lie.', true],
    ['I would never lie about a delivery, the box is not here.', false],
    ['Why are you lying to me?', true],
    ["That's false advertising, plain and simple.", true],
    ["I'm not saying anyone lied about it shipping, probably a carrier hiccup.", false],
    ['You make it deliberately difficult to unsubscribe so people keep paying.', true],
    ["Don't pretend, you know full well what you are doing with these renewals.", true],
    ['The lid is so hard to open, can you send a different one?', false],
    ["You know exactly what you're doing, you guys are great!", false],
  ],
  payment_dispute: [
    // blind14: contested in a note's words; a question the customer answered themself; a product taken off a subscription.
    [
      'unused',
      true,
      thread([
        'note',
        'She cancelled in September but was still charged $62. She does not accept the charge and wants it reversed.',
      ]),
    ],
    [
      "I was about to write in about a $7.95 charge I didn't recognise, but I figured it out: it's the shipping. All good!",
      false,
    ],
    [
      'unused',
      false,
      thread([
        'note',
        'Samir called to move his billing date. Wants the Greens removed from the sub.',
      ]),
    ],
    // Billed for something other than what was chosen or shown (stop 14 probes).
    ['I was charged for the annual plan when I chose monthly.', true],
    ['The promo price was $20 but I was charged the full $45.', true],
    ['The total was $50 and I was charged $50, all good. When does it ship?', false],
    // The same charge twice as the statement shows it (blind11); a dose taken twice is no charge.
    ['My bank app shows two $63.40 charges from you on the same minute.', true],
    ['Our invoice for $1,260 was pulled from our business card twice this morning.', true],
    ['I was billed $30 for two boxes, which is right.', false],
    ['I have taken it twice a day since it came and I love it.', false],
    // A charge nobody knows of, an extra amount, charged again after one order; extra security is no charge.
    ["My card shows a charge from you that I don't know anything about.", true],
    ["There's an extra $30 on my statement from you.", true],
    ['Why did you charge me again? I only ordered once.', true],
    [
      'Hello, I need extra security on my account, can we please change the security question?',
      false,
    ],
    // British spelling; installments still taken after a cancelled order.
    ['I did not authorise any of these charges.', true],
    [
      'I cancelled order #H-30260 two weeks ago and you confirmed it, but Afterpay just took my second installment of $22.50. Please stop the payments.',
      true,
    ],
    // A point between digits ends no sentence: the amount and the one order are two sentences apart, not three.
    [
      'My banking app shows two identical pending amounts of $57.80 from you. I only placed one order.',
      true,
    ],
    // Recurring charges after a cancellation, in a lawyer's letter; another merchant billed.
    [
      'This office represents Martin Esposito regarding recurring charges to his card by your company after he cancelled his membership.',
      true,
    ],
    [
      'Some other site billed me under a weird name last year, so what name will your charge show?',
      false,
    ],
    // A second charge for one order; charged twice, not used twice.
    [
      'My statement shows two $72.40 charges from you on the 21st, but I only placed one order.',
      true,
    ],
    ['He asked for all membership charges back since March, says he only used it twice.', false],
    // Probe 6: a charge the customer did not make; a dispute with another company is a story.
    ['A hacker got hold of my card number and bought three tubs on your site.', true],
    ["That order wasn't me, I've never shopped with you.", true],
    ['Someone stole my account password, how do I reset it?', false],
    ['I once had to dispute a charge with another supplement company, hope you are better!', false],
    // Probe 4: a charge for an order the customer never placed.
    ['You billed my Visa $54 yet I never ordered anything from your site.', true],
    ["There is a debit from HB on my account but we didn't make a purchase.", true],
    ['I was charged $20 and I placed the order myself, just checking the receipt.', false],
    ["I've never placed an order with you before, is shipping free?", false],
    ['I was charged twice for order #20533.', true],
    ['I see a charge on my statement I did not authorize.', true],
    ['This charge is fraudulent, I never made it.', true],
    ['Card declined - please call 1-800-555-0199, and my card works everywhere else.', true],
    ["I'm not disputing the charge, I just need an itemized receipt.", false],
    [
      'That double charge was only a pending authorization, it dropped off now. All good now!',
      false,
    ],
    ['What is this $19.99 charge on my statement? I never ordered anything.', true],
    ['What is the status of my payment for last month?', false],
    ['I never signed up for anything, yet you keep charging me monthly.', true],
    ["I've ordered a few times and never signed up for the rewards.", false],
    [
      'There is a $48 debit from your store on my statement and I have never ordered anything from you.',
      true,
    ],
    ['You keep charging my card after I cancelled in September.', true],
    ['My payment keeps getting declined at checkout.', true],
    ['I never ordered the large size, can I swap it for the small?', false],
    ['My card was not declined, the order went through fine.', false],
    ['I have never ordered anything from you before, is shipping free?', false],
  ],
  drop_shipping_concern: [
    // The parcel's origin is someone or somewhere other than the store; who fulfils, asked outright.
    [
      'My package came with a packing slip from a company called FastFill Logistics. Who is that?',
      true,
    ],
    ['It arrived from a company called Zhejiang something. What is going on?', true],
    ["I don't like that my order was sent by some fulfillment outfit I've never heard of.", true],
    ['Do you actually hold your own inventory or does someone else ship it?', true],
    ['Are you buying it from another supplier and slapping your label on?', true],
    ['Your products are shipped by third parties? Nobody told me that.', true],
    ['I want my order to come from you, not from some random warehouse.', true],
    ['Why does my tracking show it originated in Guangzhou?', true],
    ['The label said it shipped from "GlobalSource Trading", are you just a storefront?', true],
    // Near misses: another company in a sentence about something else, a sponsor's logo.
    [
      'I ordered a shaker from another company and it arrived in two days, yours is still processing.',
      false,
    ],
    ['Could you put your logo on our charity run banner? We would love a sponsor.', false],
    ['It shipped from your warehouse in Ohio, right? Just checking the ETA.', false],
    // blind14: another seller shipping the orders.
    [
      "The box had somebody else's return label half peeled off. Is some other seller shipping your orders now?",
      true,
    ],
    // Someone else shipped it; the brand never handles the product (blind11).
    [
      'unused',
      true,
      thread(['note', "Caller unhappy the package came from 'FastFill Logistics' instead of HB."]),
    ],
    ['so you dont even handle the product? it just goes factory to me? not cool', true],
    [
      'unused',
      true,
      thread(['note', 'Says she does not want her orders going through some middleman.']),
    ],
    ['It came from your Ohio warehouse, which was quicker than last time. Thanks!', false],
    // Bought at a retailer and forwarded, a 3PL, not even you sending it (blind7).
    [
      'The bottle still has a CVS price sticker on it. Did you just buy this at a drugstore and mail it to me?',
      true,
    ],
    ['so its not even u guys sending it', true],
    ['Do you sell at CVS or only online?', false],
    // Probe 5: the parcel came from someone other than the store that was paid.
    ['My box arrived from a random vendor in Ohio, not from you. Who packed this?', true],
    ["The parcel had another store's packing slip inside. Are you outsourcing?", true],
    ['Are you guys just some middleman for a factory overseas?', true],
    ['I bought your collagen from a third-party seller on eBay, is it genuine?', false],
    ['The return address on my box was wrong, can you fix it for my next order?', false],
    ['Are you drop shipping this from overseas?', true],
    ['My order came in an Amazon box with an Amazon packing slip.', true],
    ['I fulfill my catalog through dropshipping, do you offer a dropship program?', false],
    ['Why did my order arrive with a return address from some fulfilment company in Ohio?', true],
    ['Are you using a middleman to ship these?', true],
    ['Do you outsource your shipping to another warehouse? I want it from you directly.', true],
    ['Can I use a different shipping address for this order?', false],
  ],
  severe_quality_complaint: [
    // Anger said without "angry", quality said as money wasted or no quality control (stop 14 probes).
    [
      'Honestly appalled. The gummies are melted into one giant blob and I paid $180 for this garbage.',
      true,
    ],
    ['What a joke of a product. Mouldy capsules. I want answers today.', true],
    [
      "Your quality control is non-existent. Third bottle in a row with broken capsules. I'm sick of this.",
      true,
    ],
    ["I'm sick of this cold! Could you recommend something from your immune range?", false],
    ['What a joke, I ordered the wrong size myself. Can I swap it?', false],
    // Anger and the complaint on a chat customer's lines in a row.
    [
      'unused',
      true,
      thread(
        ['customer', 'THEY ARE MELTED INTO ONE BLOB'],
        ['customer', 'all 6 bottles'],
        ['customer', 'honestly unacceptable i cant even get the lids off'],
      ),
    ],
    [
      'unused',
      false,
      thread(
        ['customer', 'THEY ARE MELTED INTO ONE BLOB'],
        ['agent', 'So sorry! Sending a replacement now.'],
        ['customer', 'honestly unacceptable that the courier left it in the sun'],
      ),
    ],
    // Anger and a product ruined outright.
    [
      "I am livid - this was supposed to be Christmas presents and it's completely unusable garbage.",
      true,
    ],
    // Spoilage in taste and texture, with anger.
    ['I am so angry right now, every gummy in the jar is stuck together and tastes awful.', true],
    ['Beyond frustrated. The new formula is vile.', true],
    ['The gummies were stuck together in the heat, is that normal? No big deal.', false],
    // Anger spelled as disgrace, quality as spoilage.
    [
      'I am extremely upset. The capsules are discolored and smell off. Disgraceful for $350.',
      true,
    ],
    ['One capsule looked a little discolored, is that normal?', false],
    ['This is the worst quality I have ever seen from a supplement company.', true],
    ['Absolutely unacceptable, the gummies are rock hard. How do you even sell this?', true],
    ['The flavor is a bit sweet for me but fine.', false],
    ['Half the tablets crumbled to dust. Appalling for what I paid for this bottle.', true],
    ['The price is fine for what I paid, I just want a different flavour.', false],
  ],
  medical_escalation: [
    // blind14: the company's adviser asked to confirm; someone with medical training to call back.
    [
      "I'd like your medical adviser, or whoever approves your formulas, to confirm in writing that it's safe for him.",
      true,
    ],
    [
      'unused',
      true,
      thread([
        'note',
        'She wants someone with medical training to phone her back about the interaction.',
      ]),
    ],
    // The customer's doctor cannot answer or sends them back to the maker (stop 14 probes).
    [
      'unused',
      true,
      thread(
        ['customer', 'Is it safe with my warfarin?'],
        ['agent', 'Please check with your doctor.'],
        ['customer', "My doctor has no idea what's in your blend."],
      ),
    ],
    [
      'unused',
      true,
      thread(
        ['customer', 'Can I give it to my 10 year old?'],
        ['agent', 'Please consult your pediatrician.'],
        ['customer', "I'm asking YOU, not my pediatrician."],
      ),
    ],
    [
      'unused',
      true,
      thread(
        ['customer', "I'm on blood thinners, how much can I take?"],
        ['agent', 'Please consult your doctor before use.'],
        ['customer', "I did and she said to ask the manufacturer. So I'm asking."],
      ),
    ],
    ['Can a medical person from your side call me about the side effects?', true],
    ['I need your team to tell me when the order ships.', false],
    ["My doctor didn't know you had a new flavour, she loved the sample!", false],
    // The see-your-doctor answer refused, the dose asked of the maker (blind11).
    [
      'unused',
      true,
      thread(
        ['customer', 'how many creatine scoops a day is safe with stage 2 kidney disease'],
        ['agent', "I'm not able to give medical advice, please check with your nephrologist."],
        ['customer', "no. don't send me to my doctor. you make it, you tell me the safe amount"],
      ),
    ],
    ['My doctor said the creatine is fine for me, so I reordered. Thanks!', false],
    // One of the company's doctors asked for.
    [
      'Can I talk to one of your doctors or a pharmacist about whether the Turmeric interacts with it?',
      true,
    ],
    // A question put to the company's experts, a doctor who sent the customer to us.
    ['Can you check with your nutritionist whether I can take this with lithium?', true],
    ['My doctor told me to ask you about the vitamin K content.', true],
    ["Don't tell me to ask my doctor, just answer the question.", true],
    ['My doctor told me to take vitamin D, which one do you recommend?', false],
    ['Please ask your warehouse whether it shipped.', false],
    // Someone medical on the team; the safe answer refused (blind8).
    ["Could one of your doctors or nutritionists confirm it's safe for him before I buy?", true],
    ['is there anyone on your team like a physician i could talk to?', true],
    ["i'm not going to my doctor for a supplement. just tell me", true],
    // A medical person asked for in other words.
    ['I need to know from a medical person whether this is ok with lithium.', true],
    ['I want to speak with whoever formulated this, like a scientist or doctor.', true],
    // The medically safe answer, rejected in the next breath.
    ["I don't accept that. Telling me to see my GP isn't an answer.", true],
    ['You keep saying ask my doctor. That is a cop out.', true],
    ['I will ask my doctor before I start, thanks for the advice.', false],
    ['I asked my pharmacist and she said it was fine. That helps a lot.', false],
    // Probe 4: a doctor or pharmacist from the company asked to answer.
    ['Could a nurse from your team confirm whether the iron is safe in pregnancy?', true],
    ['I need a licensed pharmacist to tell me if this mixes with my statin.', true],
    ['My doctor from the clinic said magnesium is fine, so please ship my order.', false],
    ["I'd like to speak with a doctor or pharmacist on your staff before I start it.", true],
    [
      [
        'can i take it while breastfeeding?',
        "that's a cop-out. i want a real medical answer from someone at your company",
      ],
      true,
    ],
    ['My doctor said it is fine to take with my medications.', false],
    [
      'Caller wants to speak with our pharmacist about mixing the greens with her blood pressure meds.',
      true,
    ],
    ['I will talk to my doctor about it before ordering.', false],
  ],
  bank_or_gateway_contact: [
    // The decline code itself, a processor introducing itself, the merchant number asked for,
    // a refund that "went through" weeks ago.
    ['The payment failed with "call issuer" on the screen.', true],
    ['Hi, Adyen here, we need some information about a chargeback on your account.', true],
    ['My bank told me to ask you for the merchant identification number.', true],
    ['Your agent said the refund went through three weeks ago. Nothing has arrived.', true],
    ['Your agent said the refund went through two days ago, I will keep an eye out.', false],
    // A note of a refund "we processed" 21 days ago (NOW is Nov 23) that never arrived; 11 days is not yet late.
    [
      'unused',
      true,
      thread([
        'note',
        "Caller says the $72 refund we processed on Nov 2 still isn't on her Discover statement.",
      ]),
    ],
    [
      'unused',
      false,
      thread([
        'note',
        "Caller says the $72 refund we processed on Nov 12 still isn't on her Discover statement.",
      ]),
    ],
    // A bank's fraud desk by any name; a decline that says to call a number.
    [
      'Call from a rep at Regions Bank fraud department asking whether a $89 charge on 11/20 was legit.',
      true,
    ],
    ["checkout keeps saying 'Do not honor. Please contact 1-866-555-0142'", true],
    ['My bank has a great fraud department, they caught a fake charge last year.', false],
    // A processor reviewing the merchant account; a refund confirmation dated and never received.
    [
      'We are reviewing merchant account TSMSTORE-US-01. Please contact us regarding MID configuration.',
      true,
    ],
    [
      'i got a refund email from you guys on oct 28 for the cancelled order but it never hit my debit card',
      true,
    ],
    ['i got a refund email from you guys yesterday, thanks!', false],
    // A refund the agent's note records as processed, dated by the note, missed by the customer later.
    [
      'unused',
      true,
      thread(
        [
          'note',
          'Refund of $58.00 processed for #H-30877 (damaged bottle).',
          '2026-11-03T10:00:00Z',
        ],
        [
          'customer',
          "I don't think the refund you sent ever reached my card.",
          '2026-11-20T10:00:00Z',
        ],
      ),
    ],
    [
      'unused',
      false,
      thread(
        [
          'note',
          'Refund of $58.00 processed for #H-30877 (damaged bottle).',
          '2026-11-15T10:00:00Z',
        ],
        [
          'customer',
          "I don't think the refund you sent ever reached my card.",
          '2026-11-20T10:00:00Z',
        ],
      ),
    ],
    [
      'unused',
      false,
      thread(
        [
          'note',
          'Refund of $58.00 processed for #H-30877 (damaged bottle).',
          '2026-11-03T10:00:00Z',
        ],
        ['customer', 'Is the Zinc back in stock?', '2026-11-20T10:00:00Z'],
      ),
    ],
    // A processor naming the MID, a caller from merchant services.
    ['This is Tom from Chase Merchant Services regarding a dispute on MID 44552.', true],
    ['Is there a mid size tub of the protein?', false],
    // Probe 5: a note of a call from a representative at a named bank.
    [
      'unused',
      true,
      {
        messages: [
          {
            id: 'n1',
            author: 'note',
            body: 'Inbound call from an analyst at Navy Federal verifying a $120 charge for our customer.',
          },
        ],
      },
    ],
    [
      'unused',
      false,
      {
        messages: [
          {
            id: 'n1',
            author: 'note',
            body: 'Customer says she will call her bank later. Sent tracking.',
          },
        ],
      },
    ],
    ["You processed my refund on Oct 30 and it still isn't on my card.", true],
    ['I got an email on Nov 17 saying my refund was processed. How long does it take?', false],
    // Whole calendar days: Nov 8 to Nov 23 is 15 (fires), Nov 9 is 14 (not more than 14).
    ['Your email says my refund was issued on Nov 8 and my card still shows nothing.', true],
    ['Your email says my refund was issued on Nov 9 and my card still shows nothing.', false],
    ["I'm not worried: the refund was processed on Oct 2 and it arrived fine.", false],
    ['Voicemail from Chase card services asking us to confirm a recent purchase.', true],
    ['The bank was on the phone verifying the charge for order 5521.', true],
    ['My bank wants me to verify the charge before it goes through.', false],
  ],
  subscription_refund_limit: [
    // blind14: payments returned; non-native English.
    [
      "I've been paying $39 a month for the TSM membership for five months. I'd like those five payments returned.",
      true,
      TSM,
    ],
    [
      'I forget to cancel the membership and it take money the last five month. Please return me all this five month.',
      true,
      TSM,
    ],
    // Months named by a season, a year's payments, years of charges, back to a month, the member's own count (stop 14 probes).
    [
      'I forgot to cancel my membership and have been paying since last winter. I want all of it refunded.',
      true,
      TSM,
    ],
    ["Refund everything I've paid this year please, I didn't know it was recurring.", true, TSM],
    ['Can you refund every charge since I stopped using the app in the spring?', true, TSM],
    ['I want my membership refunded for the whole time, about 8 months.', true, TSM],
    ['Please reimburse the monthly fees going back to January.', true, TSM],
    ['I just noticed two years of membership charges. Refund them.', true, TSM],
    [
      "I've been a member for 8 months and love it. Can I get a refund on the shaker that broke?",
      false,
      TSM,
    ],
    ['Since the spring my order arrives late. Please refund the shipping on this one.', false, TSM],
    // The amount first, the count after; cents are no count (blind11).
    [
      'unused',
      true,
      {
        ...TSM,
        ...thread(['note', 'Member wants every billing back to April refunded ($24.99 x 7).']),
      },
    ],
    [
      'My bank shows two $63.40 charges from you on the same minute. Please reverse the extra one.',
      false,
      TSM,
    ],
    // A span of months, this year's fees.
    [
      'I was billed for my subscription every month from March to November without using it. I want it all back.',
      true,
      { brand: 'TSM' },
    ],
    [
      "Could you refund the membership fees for this year? I didn't realize it renewed.",
      true,
      { brand: 'TSM' },
    ],
    [
      'I was billed for my subscription from October to November. Can I get that back?',
      false,
      { brand: 'TSM' },
    ],
    // Subscription boxes counted back; a mixer that stopped charging is no billing.
    [
      'Can you refund the last four boxes? I moved in August and they all went to my old place. $25 each.',
      true,
      { brand: 'TSM' },
    ],
    [
      'My rechargeable mixer bottle stopped charging. I bought it in September last year, so about 14 months. Can I send it back for a refund?',
      false,
      { brand: 'TSM' },
    ],
    ['Please refund the last six months of my membership (six charges of $29).', true, TSM],
    ['Can you refund everything since January? That is 11 payments of $19.99.', true, TSM],
    ['Please refund the last three monthly charges of my membership.', false, TSM],
    ['Please cancel my auto-ship and refund the last six shipments ($29 each).', false, HB],
    ['Refund my membership for the entire year please, it was 12 x $19.99.', true, TSM],
    ['I want every charge since March back, I never used the membership.', true, TSM],
    ['Could you refund my last 6 billing cycles ($24.99 each) on the membership?', true, TSM],
    ['Please refund my last three membership charges of $40.', false, TSM],
    ['Just give me back the last five membership renewals.', true, TSM],
    ['Please refund all the membership fees I paid this year.', true, TSM],
    ['Refund my membership for the entire year please, it was 12 x $19.99.', false, HB],
  ],
  supervisor_request: [
    // blind14 and blind3: passed on to a manager; praise passed on is no ask.
    [
      "I'd appreciate it if this could be passed to a manager who can tell me what's happening.",
      true,
    ],
    ["I'd like a manager to look at this instead of another replacement.", true],
    ['Please pass this on to your manager: Bri on chat was amazing yesterday!', false],
    // Someone above the agent, said without "manager" (stop 14 probes).
    ["Who's above you? I want to talk to them.", true],
    ['Get me someone with actual authority.', true],
    ["I'd like this escalated to whoever runs customer service.", true],
    ['I want the head of your department on the phone.', true],
    ['Can I talk to someone who can actually make decisions?', true],
    ['Who is the head of your product development team? I have a flavour idea!', false],
    [
      'unused',
      true,
      thread(['note', 'Caller asked to be put through to a manager about the recipe change.']),
    ],
    // "If you could" asks; it does not suppose.
    ["I'd still feel better if you could escalate this to your manager, since it's a gift.", true],
    // A fallback request, a manager asked to look at it (blind8).
    ["If not, I'd like a manager to look at it this time.", true],
    ['Is there a manager I could speak with about getting it applied?', true],
    ['If you need to, ask your manager whether the code can be applied.', false],
    // Someone with authority asked for.
    ['Let me speak with someone who actually has authority.', true],
    ['I want to speak to a supervisor.', true],
    ['No need to get a supervisor involved, I just need a tracking number that works.', false],
    ['My manager at work swears by your gummies.', false],
    ['Can I ask for a different account manager for our wholesale orders?', false],
    ['Please pass me to whoever is in charge.', true],
    ['Whoever packed my order did a lovely job.', false],
    ['Whoever is in charge of packing did a great job.', false],
  ],
  unresolved_complaint: [
    // blind14: how an agent treated the customer; a resolution weighed in the customer's words.
    [
      "When I called back, he sighed and told me to 'just check the tracking'. I've never been spoken to like that.",
      true,
    ],
    ['The woman my mother spoke with talked down to her and made her feel stupid.', true],
    [
      "Thanks, but another bottle of the same batch doesn't fix anything, both bottles were off.",
      true,
    ],
    [
      'My doctor talked down to me about supplements, so I want to read your label carefully. What is in it?',
      false,
    ],
    // What was offered does not help, said many ways (stop 14 probes).
    ...(
      [
        ['We can send a replacement lid.', "A lid doesn't help when the powder's already stale."],
        ['I apologize for the inconvenience.', "Sorry doesn't cut it."],
        [
          "Unfortunately that's outside our policy.",
          "Then your policy is the problem. I'm not letting this go.",
        ],
        ["We'll reship it.", "That's the same thing you said last time and it never came."],
        ["I've escalated it.", 'You escalated it last week too, and nothing has changed.'],
        [
          'I can offer 20% off your next order.',
          "A discount on something I'll never buy again? No.",
        ],
        [
          "Here's a prepaid return label.",
          "I shouldn't have to pay to return something that was broken.",
        ],
      ] as const
    ).map(([offer, reply]): Row => [
      'unused',
      true,
      thread(['customer', 'My order arrived damaged.'], ['agent', offer], ['customer', reply]),
    ]),
    // The same words with no resolution offered yet, or about something else.
    ["A replacement lid doesn't help me, the whole tub is cracked. Can you send a new one?", false],
    [
      'unused',
      false,
      thread(
        ['customer', 'Where is my order?'],
        ['agent', 'It shipped today, here is the tracking.'],
        ['customer', "Great, nothing has changed on my address so that's perfect."],
      ),
    ],
    // Weighing what was just offered (blind13).
    ["Is that it? A 10% coupon? That doesn't fix anything, I'm still not happy with this.", true],
    // A condition is no refusal; store staff are no agents; "no, I'd rather" refuses an offer (blind9).
    [
      'unused',
      false,
      thread(
        ['customer', 'its been 8 days and my order still isnt here??'],
        ['agent', "I'm sorry! It's showing in transit in Memphis."],
        ['customer', 'if this isnt fixed by friday im literally making a tiktok exposing u guys'],
      ),
    ],
    [
      'unused',
      false,
      thread([
        'note',
        'Linda called about the kiosk at Riverside Mall. She says the young man there rolled his eyes at her questions.',
      ]),
    ],
    [
      'unused',
      true,
      thread(
        ['customer', 'can i talk to a manager about the greens refund?'],
        ['agent', 'I can offer store credit for the greens instead. Would that work?'],
        ['customer', "no i'd really rather talk to a manager please"],
      ),
    ],
    [
      'The young lady who answered was, I am sorry to say, short with me and rang off before I had finished speaking.',
      true,
    ],
    ['My son-in-law laughed when I said I was worried about my package.', false],
    // A flat "No." to an offered resolution; a no to a question is none.
    [
      'unused',
      true,
      thread(
        ['customer', 'Can I please talk to your supervisor?'],
        ['agent', 'I can give you 10% off this order instead.'],
        ['customer', "No. I'd still like a supervisor."],
      ),
    ],
    [
      'unused',
      false,
      thread(
        ['customer', 'can i talk to ur mgr'],
        ['agent', 'I can help with that change right now, what would you like to swap?'],
        ['customer', 'no. mgr. now pls'],
      ),
    ],
    ['Whoever wrote your last reply is an idiot.', true],
    // Wrong or conflicting answers from the agents.
    ['The person I spoke to had no idea what they were talking about.', true],
    ['Your agent gave me wrong information about the return window.', true],
    ["I've been told three different things by three different people.", true],
    ["I've already tried the vanilla, can I get chocolate?", false],
    // A curt no to an agent's offer; a no to "anything else?" is none.
    [
      'unused',
      true,
      thread(
        ['customer', 'the vanilla tastes like fish'],
        ['agent', "I'm so sorry! I can offer a 50% refund, or swap it for the unflavored."],
        ['customer', 'nah'],
      ),
    ],
    [
      'unused',
      false,
      thread(
        ['customer', 'where is my order'],
        ['agent', 'It ships tomorrow. Anything else I can help with?'],
        ['customer', 'nope'],
      ),
    ],
    // An agent's note reporting the customer's complaint about an earlier rep; a note about the customer is none.
    [
      'unused',
      true,
      thread([
        'note',
        'Lamar called for the status of #T-90290. He said the rep he spoke to Friday hung up on him mid-sentence and he wants that noted.',
      ]),
    ],
    ['unused', false, thread(['note', 'Caller was rude and hung up on me twice.'])],
    // Written in several times, an earlier answer named, a fix that did not work.
    ["I've emailed four times now and this still isn't fixed.", true],
    ["This is the third time I'm explaining the same issue and nobody has helped.", true],
    ["I'm still not satisfied. The replacement you sent has the same problem.", true],
    ['Your solution does not work for me, I need the refund.', true],
    ['I emailed three times about my address and it is fixed now, thank you!', false],
    ['nobody answered my emails for 2 weeks, where is my order?', false],
    // Probe 6: the agent described without the usual words.
    ['The lady on chat had a nasty attitude the whole time.', true],
    ["Whoever picked up the phone honestly couldn't care less.", true],
    ['The agent had a great tone and sorted it in minutes.', false],
    // Probe 5: a first message refusing an offer made before this thread.
    ["You offered me a store credit last week. That isn't enough, I paid $90.", true],
    ['This is the fourth time I am writing and it still has not been resolved.', true],
    ['Thanks, the coupon you offered me was perfect, order placed!', false],
    ["It still hasn't shipped, any update?", false],
    [
      'unused',
      true,
      thread(
        ['customer', 'My tub arrived broken.'],
        ['agent', 'I added a $25 store credit to your account.'],
        ['customer', "Store credit isn't what I asked for. This isn't resolved."],
      ),
    ],
    ['I chatted with Kevin yesterday and he was rude.', true],
    ['I complained last week and your team sent a replacement right away. Thank you!', false],
    ['The rep on the phone talked down to me and then hung up on me. I still need my order.', true],
    ['Your chat agent was so patronising I gave up. Where is my parcel?', true],
    ["I'm not saying the agent was rude, I just need the tracking number.", false],
    ['The agent was not rude at all, I just need the tracking number.', false],
    ['Your rep was incredibly rude to me on Friday.', true],
    [
      'unused',
      false,
      thread(['note', 'Caller was rude and kept swearing, so I ended the call after one warning.']),
    ],
    [
      'unused',
      false,
      thread(
        ['customer', 'The pump on my bottle broke on day one.'],
        ['agent', 'Sorry! Here is a 10% code for next time.'],
        ['customer', 'A code is not good enough, I need a working pump.'],
        ['agent', 'Understood, a new bottle ships today.'],
        ['customer', 'Okay, I will take the replacement. Thanks.'],
      ),
    ],
    [
      'unused',
      true,
      thread(
        ['customer', 'The pump on my bottle broke on day one.'],
        ['agent', 'Sorry! Here is a 10% code for next time.'],
        ['customer', 'Okay thanks.'],
        ['agent', 'Anything else?'],
        ['customer', 'Actually no, a code is not good enough, I need a working pump.'],
      ),
    ],
  ],
  refund_over_threshold: [
    // A note of what the customer wants back.
    ['unused', true, thread(['note', 'He wants the $310 back.'])],
    ['unused', false, thread(['note', 'He wants the $31 back.'])],
    // "My money" asks only when it is wanted back: a complaint about where it went asks nothing.
    ['I paid $260 for this bundle and I want my money.', true],
    ['Give me my money, all $245 of it.', true],
    ['You took my money, $260, and the order still shows processing. Where is it?', false],
    ['My money is tight this month so I bought the $240 bundle on Afterpay.', false],
    // "My money" wanted back said without "back" (a regression of stop 14, found by probes).
    ['I would like my money returned please.', true, { orders: [{ id: '#1', total: 230 }] }],
    ['This is useless. My money, please.', true, { orders: [{ id: '#1', total: 230 }] }],
    [
      'Kindly send my money, the tubs are going back.',
      true,
      { orders: [{ id: '#1', total: 230 }] },
    ],
    ['I am requesting my money be returned.', true, { orders: [{ id: '#1', total: 230 }] }],
    ["I'd like to have my money refunded to me.", true, { orders: [{ id: '#1', total: 230 }] }],
    ['I want to return it and get my money.', true, { orders: [{ id: '#1', total: 230 }] }],
    [
      'I send my money to you every month, so when does it ship?',
      false,
      { orders: [{ id: '#1', total: 230 }] },
    ],
    [
      "I'd love my money to go further, any coupons?",
      false,
      { orders: [{ id: '#1', total: 230 }] },
    ],
    [
      'You already have my money, so where is the shaker?',
      false,
      { orders: [{ id: '#1', total: 230 }] },
    ],
    // A polite conditional request; the whole order after its price was named.
    ["If it isn't too much trouble, might I have a refund of the $215 order?", true],
    [
      'unused',
      true,
      thread(
        ['customer', 'I dropped $340 on six tubs of your isolate and every single one is clumped.'],
        ['agent', 'Can you send a photo of the lot number?'],
        ['customer', 'Sent. Refund the whole order.'],
      ),
    ],
    // A refund-policy question before buying asks for nothing; months times a price.
    [
      "Quick question before I buy the $320 Elite Bundle: what's your refund policy if it doesn't work for me?",
      false,
    ],
    [
      'unused',
      true,
      {
        brand: 'TSM',
        messages: [
          {
            id: 'n1',
            author: 'note',
            body: "Call: member since Jan, says she only used it once and wants 'everything back' - 11 months x $19.99.",
          },
        ],
      },
    ],
    // The amount named on the chat line before the request.
    [
      'unused',
      true,
      thread(
        ['customer', 'the $260 order came with every bottle cap cracked open'],
        ['customer', 'i want the full amount back'],
      ),
    ],
    // Months of a subscription asked back at its monthly price (6 × $49).
    [
      "I've been paying $49 a month since June for a membership I thought I'd cancelled - could I get those six payments back?",
      true,
      TSM,
    ],
    ["I pay $30 a month since June, could I get this month's payment back?", false, TSM],
    ['I am furious, the $389 bundle is spoiled. I want a full refund.', true],
    ['Please refund order #1.', true, { orders: [{ id: '#1', total: 240 }] }],
    ['Please refund order #1.', true, { orders: [{ id: '#1', total: 200 }] }],
    ['Please refund order #1.', false, { orders: [{ id: '#1', total: 199.99 }] }],
    ['Can you refund just that bottle ($45)?', false, { orders: [{ id: '#1', total: 260 }] }],
    [
      "I'm not asking for a refund, I just want to know when it ships.",
      false,
      { orders: [{ id: '#1', total: 420 }] },
    ],
    ["I'm waiting for a refund of 299 dollars", false],
    ["I'd like my £240 back please, it did nothing.", true],
    ["I'd like my £140 back please, it did nothing.", false],
    // Several orders asked back at once add up; a corrected amount does not.
    ['Please refund both orders, $130 and $85. Neither arrived sealed.', true],
    [
      'I want refunds for each of my orders.',
      true,
      {
        orders: [
          { id: '#1', total: 110 },
          { id: '#2', total: 100 },
        ],
      },
    ],
    // Amounts joined into one ask add up ("amounting to $200", 004): "+", "plus", a plural after
    // the second amount, a count before the amount, an amount charged several times.
    ['I need $120 + $95 refunded.', true],
    ['Please refund me $120 for the gummies plus $95 for the tea.', true],
    ['Please refund the $120 and the $95 charges, neither box was what I ordered.', true],
    ['I was hit with four $54 charges I never wanted, please refund them.', true],
    ['Refund the $54 that was charged four times please.', true],
    ['I was hit with three $54 charges I never wanted, please refund them.', false],
    ['I paid $120 for the gummies and $95 for the tea, please refund the tea.', false],
    ['I paid $150 + $12 shipping, could I get the $150 back?', false],
    ['Please refund order #2 for $120, not $240 as I wrote before.', false],
    ['Refund both bottles please, $60 in total ($30 and $30).', false],
    ['Can I get $150 back for the subscription box?', false],
    // Amounts in words.
    ['I want three hundred dollars back, the stack did nothing for me.', true],
    ['I want a hundred and fifty dollars back, the stack did nothing for me.', false],
    // The amount that sizes the order a part comes from is not the refund asked for.
    ['Could you refund only the $40 shaker out of my $310 order?', false],
    ['Refund all four bottles please, $55 each.', true],
    ['Refund both bottles please, $55 each.', false],
    ['Refund the $240 bundle from my order please.', true],
    ['We were billed $310 twice for the same order. Could you void the duplicate charge?', true],
    ['We were billed $31 twice for the same order. Could you void the duplicate charge?', false],
  ],
  dnr_escalation: [
    // Refusing the courier step in other words (blind7).
    [
      'unused',
      true,
      thread(
        ['customer', 'Tracking says it was delivered to my door on Friday. It was not.'],
        ['agent', 'Could you please contact FedEx first and open a missing package claim?'],
        [
          'customer',
          "No. I'm not spending my afternoon on hold with FedEx for a package YOU shipped.",
        ],
      ),
    ],
    [
      'Tracking says it was delivered Thursday, but nothing was at my door. That was three bottles.',
      true,
    ],
    ["It says delivered but it's not here. No, I'm not calling UPS. That's your job.", true],
    ['My order shows delivered on Nov 6 but I never got it. It has been over two weeks.', true],
    [
      'Tracking says delivered Friday but it is not at my door. I will check with USPS tomorrow.',
      false,
    ],
    ['It shows delivered but I never got it.', false, { facts: { daysSinceDelivered: 10 } }],
    ['Tracking said delivered over a fortnight ago and there is still nothing.', true],
    ['Tracking said delivered a week ago and there is still nothing.', false],
  ],
  repeat_refunds: [
    // "$24.99 x 7" counts seven billings, not 24 refunds (blind11).
    [
      'unused',
      false,
      {
        ...TSM,
        ...thread(['note', 'Member wants every billing back to April refunded ($24.99 x 7).']),
      },
    ],
    ['The gummies did not help. Could I get a refund?', true, { customer: { priorRefunds: 3 } }],
    ['The gummies did not help. Could I get a refund?', false, { customer: { priorRefunds: 2 } }],
    [
      'unused',
      true,
      thread(
        ['customer', 'The collagen did nothing for me. I want a refund.'],
        ['note', 'Account shows this is her 5th refund request.'],
      ),
    ],
    [
      'unused',
      true,
      thread(
        ['customer', 'The collagen did nothing for me. I want a refund.'],
        ['note', 'We have refunded him three times already.'],
      ),
    ],
    [
      'unused',
      false,
      thread(
        ['customer', 'The collagen did nothing for me. I want a refund.'],
        ['note', 'This is only his third refund; refunded twice before.'],
      ),
    ],
  ],
};

describe.each(Object.entries(TABLES))('%s', (id, rows) => {
  test.each(rows)('%j → fires %s', (text, fires, extra) => {
    expect(firedIds(text, extra).includes(id)).toBe(fires);
  });
});

test('agent replies and quoted history never fire triggers', () => {
  const quoted =
    'Thanks, it arrived!\n\nOn Fri, Nov 20, 2026 at 10:12 AM HB Support wrote:\n> If you want, dispute the charge with your bank or ask for a supervisor.';
  expect(firedIds(quoted)).toEqual([]);
  const ids = firedIds(
    'Where is my order?',
    thread(
      ['customer', 'Where is my order?'],
      ['agent', 'You can dispute the charge with your bank, or I can get a supervisor.'],
    ),
  );
  expect(ids).toEqual([]);
});

/**
 * Paraphrases a customer would write, none taken from the shared sets: the SOP's meaning in other
 * words (other banks and verbs, British wording, chat shorthand, masked profanity, intent needed).
 */
const PARAPHRASES: [id: string, text: string, fires: boolean, extra?: Partial<NormalizedTicket>][] =
  [
    [
      'chargeback_threat',
      'Fix this by Monday or I will have my credit union reverse the charge.',
      true,
    ],
    ['chargeback_threat', 'I have already opened a dispute with Mastercard over this order.', true],
    ['chargeback_threat', 'if i dont get it by tmrw ill just do a chargeback', true],
    [
      'chargeback_threat',
      "I'd rather not get my bank involved, can you just check the tracking?",
      false,
    ],
    ['fraud_accusation', 'You guys robbed me, $60 and nothing ever showed up.', true],
    ['fraud_accusation', 'This whole subscription is a rip-off and a scam.', true],
    ['fraud_accusation', 'The seal looks different, I am concerned these are counterfeit.', true],
    [
      'fraud_accusation',
      'Someone sent me a phishing text pretending to be you, total scam.',
      false,
    ],
    ['legal_threat', 'I have retained a solicitor and you will hear from them shortly.', true],
    [
      'legal_threat',
      'We represent our client Ms. Jones regarding injuries from your product.',
      true,
    ],
    ['legal_threat', 'Regards, Tom Hale, Attorney at Law. Where is order #5512?', false],
    [
      'adverse_reaction_medical',
      'My face swelled up after the collagen and the urgent care doctor gave me a steroid shot.',
      true,
    ],
    [
      'adverse_reaction_medical',
      'I had a headache the first day but it went away, no doctor needed.',
      false,
    ],
    ['foreign_object', 'I bit into a gummy and there was a small piece of metal inside it.', true],
    ['foreign_object', 'There was a dead bug in my bag of greens powder.', true],
    ['foreign_object', 'Is the silica packet supposed to be inside the bottle?', false],
    [
      'wholesale_reseller_issue',
      'We are an authorized retailer and our last distributor order arrived half empty.',
      true,
    ],
    ['wholesale_reseller_issue', 'How can we become a stockist for your brand?', false],
    ['abusive_language', 'wtf is wrong with you people, answer me', true],
    ['abusive_language', 'You lot are absolute clowns, the damn order is still not here', true],
    ['abusive_language', 'Holy sh*t these bars are amazing', false],
    ['review_threat', "I'll be posting a video about this on YouTube tonight.", true],
    ['review_threat', 'I am going to warn other customers about how you treat people.', true],
    ['review_threat', 'I left you a glowing review on Google last week!', false],
    ['review_threat', 'I read reviews on Trustpilot before buying.', false],
    ['review_threat', "I'm going straight to Google reviews with this.", true],
    ['review_threat', "I'm going to Google how to use the creatine.", false],
    ['chargeback_threat', 'I asked my bank to cancel my old card, please use the new one.', false],
    ['chargeback_threat', 'I told my bank to reverse the payment.', true],
    ['severe_quality_complaint', 'Worst order delay I have had, it came three days late.', false],
    ['integrity_concern', "Your ads are false advertising, that's not what the label says.", true],
    ['integrity_concern', "I don't trust your company anymore after the hidden fees.", true],
    ['payment_dispute', "I see a charge from you on my statement that I don't recognize.", true],
    ['payment_dispute', 'I cancelled in September but I was billed again this month.', true],
    ['payment_dispute', 'Why was I billed $45 when the cart said $30?', true],
    ['payment_dispute', 'If my card gets declined, will you email me?', false],
    [
      'drop_shipping_concern',
      'The box came from some third party warehouse instead of you directly.',
      true,
    ],
    [
      'drop_shipping_concern',
      'I paid premium prices and got an AliExpress label on the package.',
      true,
    ],
    [
      'severe_quality_complaint',
      'I am furious, the protein smells rancid and this is junk quality for $90.',
      true,
    ],
    ['severe_quality_complaint', 'The new flavor is fine, just a little sweet.', false],
    [
      'medical_escalation',
      'Do you have a pharmacist or nutritionist I could talk to about my medications?',
      true,
    ],
    ['medical_escalation', 'My nurse said it was fine to take, so please ship it.', false],
    [
      'bank_or_gateway_contact',
      'Chase fraud dept called to confirm a $120 order with the customer on the line.',
      true,
      thread([
        'note',
        'Chase fraud dept called to confirm a $120 order with the customer on the line.',
      ]),
    ],
    ['bank_or_gateway_contact', 'My bank called me about your charge, it was fine.', false],
    ['supervisor_request', 'Put your boss on the phone please.', true],
    ['supervisor_request', 'I want this escalated to someone higher up.', true],
    ['supervisor_request', 'I am a store manager and want to order 20 tubs.', false],
    [
      'dnr_escalation',
      "Tracking claims it was left on my porch but it isn't here. I won't be contacting USPS, that's your job.",
      true,
    ],
  ];

test.each(PARAPHRASES)('%s: %j → fires %s', (id, text, fires, extra) => {
  expect(firedIds(text, extra).includes(id as never)).toBe(fires);
});
test.each([
  ['legal_threat', 'We act on behalf of our client regarding the injuries she suffered.'],
  ['legal_threat', 'Expect to hear from my lawyer.'],
  ['supervisor_request', 'Transfer me to your manager.'],
  ['payment_dispute', 'You charged my card twice for the same order.'],
  ['chargeback_threat', 'I reported this to my bank and they are investigating.'],
  ['review_threat', 'Everyone will hear about this on Facebook.'],
  ['review_threat', 'Expect a scathing review from me.'],
])('%s: %s', (id, text) => {
  expect(firedIds(text)).toContain(id);
});

test('a refusal after the agent offers a resolution is unresolved; accepting it is not', () => {
  const thread = (reply: string) => ({
    messages: [
      { id: 'm1', author: 'customer' as const, body: 'My tub arrived damaged.' },
      { id: 'm2', author: 'agent' as const, body: 'So sorry! Here is a 10% coupon.' },
      { id: 'm3', author: 'customer' as const, body: reply },
    ],
  });
  expect(firedIds([], thread('A coupon is not acceptable. That does not fix this.'))).toContain(
    'unresolved_complaint',
  );
  expect(firedIds([], thread('Perfect, thank you!'))).not.toContain('unresolved_complaint');
});

test.each([
  ['review_threat', 'I will post a photo of my progress on Instagram, love this stuff!'],
  ['wholesale_reseller_issue', 'Is there a wholesale discount for gyms?'],
  ['foreign_object', 'There was a paper insert inside the bottle with directions, is that normal?'],
  ['payment_dispute', 'My card was declined because it expired, I updated it now.'],
  ['payment_dispute', "I don't recognize the name on the shipping label, is this from you?"],
  [
    'adverse_reaction_medical',
    'I saw my doctor for a checkup, she said my iron is low. Do you sell iron?',
  ],
  ['supervisor_request', 'Your rep Maria was amazing, please tell her manager.'],
])('near-miss, %s does not fire: %s', (id, text) => {
  expect(firedIds(text)).not.toContain(id);
});

test.each([
  ['product.ingredients', 'Does the pre-workout have any artificial colors or dyes?'],
  ['product.ingredients', 'How much caffeine is in one scoop of the energy powder?'],
  ['product.ingredients', 'Is your whey made from grass-fed cows? Any soy in it?'],
  ['product.specific', 'What is the difference between your Magnesium Glycinate and Citrate?'],
  ['product.specific', 'Can I take the sleep gummies while pregnant?'],
  ['platform.website_issue', 'Your website keeps giving me an error when I try to log in.'],
  ['platform.website_issue', 'The app crashes every time I open my account page.'],
  ['billing.promo_not_working', 'The discount code WELCOME10 is not working at checkout.'],
  ['billing.bnpl', 'Can I pay with Klarna in 4 installments?'],
  ['billing.gift_card_not_found', "The gift card number I was given says it's invalid."],
  ['shipping.invalid_tracking', 'The tracking link you sent says no record found.'],
  ['shipping.backorder', 'My order says backordered, when will it ship?'],
  ['shipping.label_created_stalled', "It's been a week and tracking still says label created."],
  ['shipping.prepaid_label_request', 'Can you send me a prepaid return label?'],
  [
    'shipping.multiple_international',
    'This is the third time my order to Canada has been held up. Every order has problems.',
  ],
  ['marketing.unsubscribe', 'Please stop sending me marketing emails.'],
  [
    'marketing.influencer',
    'I am an influencer with 50k followers and my affiliate link is broken.',
  ],
  ['rewards.missing_points', "I didn't get points for my last order."],
  ['rewards.expired_points', 'Why did my points expire? I had 500.'],
  ['rewards.merge_accounts', 'Can you merge my two accounts?'],
  [
    'retail.third_party_purchase',
    'I bought this on Amazon from another seller and it was damaged.',
  ],
  ['other.hr_verification', 'I need to verify employment for a former employee of yours.'],
  ['order_issue.return_outside_warranty', 'Can I return a bottle I bought 4 months ago?'],
  ['marketing.brand_feedback', 'Just some feedback: your new packaging is hard to open.'],
  ['order_issue.damage', 'The bottle was smashed when the box arrived.'],
  ['order_issue.damage', 'Package came torn open and the pouch was ripped.'],
  ['order_issue.damage', 'My jar arrived shattered.'],
  ['order_issue.defect', 'The gummies are moldy.'],
  ['order_issue.defect', 'The capsules are empty, there is nothing inside some of them.'],
  ['order_issue.defect', 'The powder has gone hard as a brick.'],
  ['order_issue.did_not_like', 'I hate the taste, can I return it?'],
  ['order_issue.did_not_like', "It didn't do anything for my sleep."],
  ['order_issue.adverse_reaction', 'The collagen gave me a bad headache and nausea.'],
  ['order_issue.adverse_reaction', 'I broke out in a rash after taking it.'],
  ['fulfillment.missing_incomplete', 'Only two of the three bottles were in the box.'],
  ['fulfillment.missing_incomplete', 'My order is missing the shaker.'],
  ['order.status', 'When will my order arrive?'],
  ['order.status', "Has my order shipped yet? It's order 1234."],
  ['order.cancel', 'Please cancel my order, I changed my mind.'],
  ['order.address_update', 'I need to change my shipping address for order 5531.'],
  ['order.change', 'Can I change the flavor on my order to chocolate?'],
  ['shipping.lost_in_transit', 'The carrier says my package is lost.'],
  ['shipping.us_delay', 'My package has been stuck in transit for a week.'],
  ['shipping.processing_delay', "My order still hasn't shipped after 3 days."],
  ['fulfillment.restock', 'When will the vanilla be back in stock?'],
  ['general.donations_sponsorship', 'Would you sponsor our charity golf event?'],
  ['general.press_inquiry', "I'm a journalist writing a story on supplements."],
  ['billing.gift_card_balance', 'How much is left on my gift card?'],
  ['benefits.rewards_signup', 'How do I join the rewards program?'],
  ['general.product_information', 'How should I take the creatine, before or after a workout?'],
  ['general.faq_terms', 'What is your return policy?'],
  ['general.wholesale_inquiry', 'Do you sell wholesale to gyms?'],
  // Defect (a fault or spoilage) over damage: a part failing in use, not harm in transit.
  ['order_issue.defect', 'The spray nozzle on my magnesium oil is jammed, nothing comes out.'],
  [
    'order_issue.defect',
    'The zipper on the pouch broke after a few uses and now it will not seal.',
  ],
  ['order_issue.defect', 'The tablets keep crumbling into powder in the bottle.'],
  ['order_issue.defect', 'The protein has a strange musty smell this time.'],
  ['order_issue.damage', 'The gummies melted in the heat and arrived as a solid block.'],
  ['order_issue.damage', 'The box was crushed and one bottle was cracked.'],
  [
    'order_issue.did_not_like',
    "Honestly it made zero difference to my energy, I'd like to return it.",
  ],
  ['order_issue.did_not_like', "My husband doesn't like the taste at all."],
  ['order_issue.did_not_like', 'The greens just did not agree with me.'],
  [
    'order_issue.adverse_reaction',
    'Ever since I started the pre-workout I have had an upset stomach.',
  ],
  ['fulfillment.missing_incomplete', "The shaker wasn't in the box, but it's on the packing slip."],
  ['shipping.us_delay', 'Over a week now and still no sign of my parcel.'],
  ['shipping.us_delay', 'Tracking shows it sat at the Denver distribution center since Monday.'],
  ['shipping.intl_delay', "It's been in transit to Ireland for eighteen days now."],
  ['shipping.processing_delay', 'My order is still listed as processing a week later.'],
  ['shipping.lost_in_transit', 'FedEx declared the parcel lost yesterday.'],
  ['shipping.prepaid_label_request', 'Could you email me a returns label for the unopened tub?'],
  ['order.status', 'Could you tell me when my order will be delivered?'],
  ['order.cancel', 'I canceled that order last night, why was I charged?'],
  ['order.change', 'Can I swap the flavour on my next subscription box to mango?'],
  ['order.new', 'I want to buy two tubs for my dad as a Christmas present.'],
  ['order.address_update', 'Please leave my parcels at the side door from now on.'],
  ['order.confirmation', 'Can you send me an itemised invoice for my last purchase?'],
  ['general.faq_terms', 'Do you ship internationally, to Japan for example?'],
  ['general.faq_terms', 'Is there a money back guarantee on the bundles?'],
  ['general.product_information', 'How many capsules are in a serving?'],
  ['general.website_navigation', "I can't find the option to pause under my account settings."],
  ['general.wholesale_inquiry', 'We own a small gym in Leeds and want to become a stockist.'],
  ['fulfillment.restock', 'The peach flavour has been out of stock for weeks.'],
  ['benefits.rewards_signup', 'Is there a loyalty programme I can join?'],
  [
    'billing.honor_promo',
    'My welcome code came after I checked out, can you apply it to my order?',
  ],
  [
    'billing.promo_not_working',
    'The voucher code keeps saying it is expired even though it is not.',
  ],
  [
    'platform.promo_issue',
    'The banner says 30% off, but at checkout the total jumps back to full price.',
  ],
  ['retail.third_party_purchase', 'I purchased this tub on eBay and want to know if it is real.'],
  ['product.specific', 'Can these interact with my blood thinners? I take warfarin daily.'],
  [
    'order_issue.return_outside_warranty',
    'Can I still send back an opened bottle from my August order?',
  ],
  ['chargeback', 'I have already opened a chargeback with my card company for this order.'],
  ['chargeback', 'She has already filed a PayPal claim for the missing parcel.'],
  [
    'injury_legal',
    'We act on behalf of our client, who was hospitalised after taking your product.',
  ],
  ['rewards.expired_points', 'My points balance got wiped last week, did they expire?'],
  ['marketing.unsubscribe', 'Please get me off your newsletter, too many emails.'],
  ['marketing.influencer', 'We run a TikTok page and would love a brand collaboration.'],
  ['platform.website_issue', 'The payment page freezes whenever I press submit.'],
  ['retail.damage_no_receipt', 'The jar from the pharmacy was broken and I misplaced my receipt.'],
  ['other.hr_verification', 'This is a background check for a former employee of yours.'],
  ['general.press_inquiry', 'I am researching a feature for a radio show on gut health.'],
  [
    'shipping.multiple_international',
    'This is the second parcel in a row stuck at customs in Canada, what can you do?',
  ],
  ['retail.third_party_purchase', 'I picked up a tub at Marshalls and wondered when it expires.'],
  ['order.change', 'Please add a second tub to her pending order before it ships.'],
  [
    'shipping.prepaid_label_request',
    'Could you email a prepaid label so I can swap this tub for the vanilla one?',
  ],
  [
    'fulfillment.missing_incomplete',
    'The greens pouch was just not in the box, only the shaker came.',
  ],
  ['order.address_update', 'Our new address is 9 Elm Row, please use it from now on.'],
  ['billing.promo_not_working', 'My welcome discount is not applying at checkout.'],
  ['order_issue.did_not_like', 'Not really loving them to be honest, can I send them back?'],
  ['order.status', 'When will my parcel go out? I ordered on Monday.'],
  ['order.cancel', 'She would like the subscription box cancelled before it ships.'],
  ['order.confirmation', "I haven't received an order confirmation yet."],
  ['order.new', "I'd like to order the berry gummies again."],
  ['general.wholesale_inquiry', 'Could you send details of your wholesale programme?'],
  ['order_issue.damage', 'The foil under the lid arrived torn.'],
  ['order_issue.defect', "The dropper won't screw on properly."],
  ['general.product_information', 'How big are the softgels?'],
  ['general.website_navigation', 'Where can I find my order history on the site?'],
  [
    'billing.honor_promo',
    'I forgot to enter my birthday code at checkout, can you still apply it?',
  ],
  ['shipping.intl_delay', 'My parcel to Ireland is at 15 days now.'],
  ['product.specific', 'Can I take the sleep gummies if I have low blood pressure?'],
  ['shipping.us_delay', 'Still in transit after 11 working days, any news?'],
  ['shipping.us_delay', "They quoted 2-4 days and it's been 9."],
  ['order.status', 'hello, where is order 55120?'],
  ['order.address_update', 'Moved house last week, the new address is 3 Mill Lane.'],
  [
    'order_issue.did_not_like',
    'Can I have a refund on the greens? They are unopened and I can post them back.',
  ],
])('category %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id).toBe(id);
});

test.each([
  'I bought it 3 months ago and love it, can I order two more?',
  'Is it safe to leave my package with a neighbour?',
  'What is the difference between standard and express shipping?',
  'The app is great, no errors at all since the update.',
  'I have not filed a dispute and I do not plan to, I just want my tracking number.',
  "I haven't opened a PayPal dispute and won't, just tell me where my order is.",
  'In case our clients ask, do you ship to Canada? Not urgent.',
  'Since my surgery I have loved your protein shakes. When will my order arrive?',
  'Is your protein sold by any stores near Austin?',
  'When I tap the checkout button, where do I type my gift message?',
  'I visited your store last week and the staff were lovely!',
  'What do you recommend for someone new to protein?',
  'Could I still send a gift note with my order?',
  'My last two orders cleared customs quickly, thank you!',
  'I bought it from your website last month, can I order two more?',
])('no level-3 category for a plain level-1 message: %s', (text) => {
  expect(evaluateMessages(text).tier.level).toBe(1);
});

// Families added from the blind-set review (2026-12-02), each in words of its own: the meaning
// (a threat carried by a verb form, a note's third person, a reading of listed months), with its
// negation or near-miss beside it.
const note = (body: string): Partial<NormalizedTicket> => ({
  messages: [{ id: 'n1', author: 'note', body }],
});
const afterReply = (first: string, reply: string): Partial<NormalizedTicket> => ({
  messages: [
    { id: 'm1', author: 'customer', body: first },
    { id: 'm2', author: 'agent', body: 'Sorry about that, I have passed it on to the team.' },
    { id: 'm3', author: 'customer', body: reply },
  ],
});

test.each<[string, string | string[], boolean, Partial<NormalizedTicket>?]>([
  ['chargeback_threat', "Come Friday I'm disputing this payment through my card issuer.", true],
  ['chargeback_threat', "I'm not disputing it with my card company, I just want a receipt.", false],
  [
    'chargeback_threat',
    "If it's late again I'm phoning my credit union to reverse the payment.",
    true,
  ],
  [
    'chargeback_threat',
    'unused',
    true,
    note("Caller says if the refund isn't in by Monday she's contacting Visa to claw it back."),
  ],
  [
    'chargeback_threat',
    'unused',
    false,
    note('She is not calling her bank to reverse anything, she only wants tracking.'),
  ],
  ['chargeback_threat', 'I called my bank to update my address.', false],
  ['payment_dispute', 'I unsubscribed last month but you still deducted $25 again.', true],
  ['payment_dispute', 'Checkout rejected, it tells me to try another card.', true],
  ['payment_dispute', 'I was billed twice in June but you sorted it quickly, thanks.', false],
  [
    'unresolved_complaint',
    'unused',
    true,
    afterReply(
      'My points never arrived.',
      'The last agent said exactly that. It still isn’t sorted.',
    ),
  ],
  [
    'unresolved_complaint',
    'unused',
    true,
    afterReply('The tub was half empty.', "I'm still not satisfied with a 10% code."),
  ],
  ['unresolved_complaint', 'My points still aren’t there, can you check?', false],
  [
    'unresolved_complaint',
    'unused',
    true,
    afterReply('My tub arrived damaged.', "I don't accept that."),
  ],
  [
    'unresolved_complaint',
    'unused',
    true,
    afterReply('My tub arrived damaged.', 'A store credit? No thanks, I want my money back.'),
  ],
  [
    'unresolved_complaint',
    'unused',
    true,
    afterReply(
      'Where is my refund?',
      "Third time I've asked and you still haven't fixed anything.",
    ),
  ],
  [
    'unresolved_complaint',
    'unused',
    true,
    afterReply('The lid leaked.', 'Your offer is ridiculous.'),
  ],
  [
    'unresolved_complaint',
    'unused',
    true,
    afterReply('My points are missing.', 'You keep sending me the same template.'),
  ],
  [
    'unresolved_complaint',
    'unused',
    false,
    afterReply('My tub arrived damaged.', 'Ok great, a replacement works for me. Thanks!'),
  ],
  ['unresolved_complaint', "That's not going to work for me, is there another size?", false],
  ['foreign_object', 'I chewed on a sharp glass sliver in one of the gummies.', true],
  ['foreign_object', 'unused', true, note('Customer bit down on a metal fragment in her bar.')],
  ['foreign_object', 'I found plastic pieces of the broken scoop in the box.', false],
  [
    'wholesale_reseller_issue',
    'Our latest invoice charges the carton price of $60, not the rate we negotiated.',
    true,
  ],
  ['wholesale_reseller_issue', 'How do I know whether a shop is an approved reseller?', false],
  ['wholesale_reseller_issue', "What's your case price for 12 tubs?", false],
  ['review_threat', "I'm going to make a video about how your company treats people.", true],
  ['review_threat', "I'm making a video about how I mix my protein, love it!", false],
  [
    'review_threat',
    "I'm putting together an honest comparison of collagen brands for my newsletter.",
    false,
  ],
  ['drop_shipping_concern', 'My parcel came from a third-party warehouse, not from you.', true],
  ['drop_shipping_concern', 'Half my order arrived in boxes from different sellers.', true],
  [
    'drop_shipping_concern',
    'I run my own store and use a third party warehouse for my customers.',
    false,
  ],
  [
    'severe_quality_complaint',
    'unused',
    true,
    note('Customer was furious; says the quality has gone downhill since the new formula.'),
  ],
  [
    'severe_quality_complaint',
    "I'm not furious, just noting the quality has slipped a little.",
    false,
  ],
  ['medical_escalation', 'Can I get an answer from a pharmacist about mixing these two?', true],
  ['medical_escalation', "I got advice from my pharmacist and it's fine.", false],
  [
    'bank_or_gateway_contact',
    'unused',
    true,
    note('Call from Wells Fargo disputes team about order #88 and its amount.'),
  ],
  [
    'dnr_escalation',
    "It was delivered Monday supposedly, but I don't have it and that was 4 bottles.",
    true,
  ],
  [
    'subscription_refund_limit',
    'I paid for five months of membership I never used and want all five back.',
    true,
    TSM,
  ],
  [
    'subscription_refund_limit',
    'Please refund my membership for July, August, September and October.',
    true,
    TSM,
  ],
  [
    'subscription_refund_limit',
    'Please refund my membership for September and October.',
    false,
    TSM,
  ],
  ['subscription_refund_limit', 'I want the last 5 payments on my membership back.', true, TSM],
  ['review_threat', "I'm filming a reel about how I use your protein in smoothies.", false],
  ['legal_threat', "I'm not threatening legal action, I just want my order.", false],
  [
    'dnr_escalation',
    "It says delivered but it isn't here. I'm not refusing to contact UPS, I already did.",
    false,
  ],
  ['legal_threat', 'I will not hesitate to take legal action over this.', true],
  ['legal_threat', "I'll be seeking legal advice about this.", true],
  ['fraud_accusation', 'These gummies look fake, the packaging is totally different.', true],
  ['fraud_accusation', 'The new packaging looks great, when is it out?', false],
  [
    'medical_escalation',
    'unused',
    true,
    afterReply(
      'Can I take it with my thyroid meds?',
      "My GP doesn't know your formula, so you tell me.",
    ),
  ],
  ['medical_escalation', 'Ask my doctor? Seriously? You make it, you should know.', true],
  ['integrity_concern', "How can you claim it's clinically proven when it isn't?", true],
  ['integrity_concern', "You haven't been honest with me about the delay.", true],
  ['integrity_concern', 'Thanks for being so honest about the delay.', false],
  ['abusive_language', 'unused', true, note('Caller kept yelling insults and calling me names.')],
  ['abusive_language', 'unused', false, note('Caller was upset but polite, not calling me names.')],
  [
    'dnr_escalation',
    'Tracking shows delivered but I never got it. Chasing the courier is your job, not mine.',
    true,
  ],
  [
    'dnr_escalation',
    "Marked delivered but it isn't here. I won't be filing a claim with USPS.",
    true,
  ],
  ['fraud_accusation', 'Honestly this company is a racket, you take money and send nothing.', true],
  ['refund_over_threshold', "I'd like a refund of two hundred dollars for the bundle.", true],
  ['refund_over_threshold', 'Please refund the one hundred and fifty dollars I paid.', false],
  [
    'repeat_refunds',
    'unused',
    true,
    {
      messages: [
        { id: 'm1', author: 'customer', body: 'The greens did nothing, I would like a refund.' },
        {
          id: 'n1',
          author: 'note',
          body: 'Account check: she is asking for a fourth.',
        },
      ],
    },
  ],
  ['fraud_accusation', 'Does this racket come with a cover? It is for my son.', false],
  [
    'adverse_reaction_medical',
    'He came out in hives and the pediatrician put him on antihistamines.',
    true,
  ],
  ['adverse_reaction_medical', 'Our pediatrician said the kids gummies are fine for him.', false],
  ['review_threat', "Look out for the Trustpilot review I'm going to write tonight.", true],
  ['payment_dispute', 'I see a debit on my statement from you that we never approved.', true],
  ['bank_or_gateway_contact', 'You refunded me on Oct 20 and it still has not shown up.', true],
  ['bank_or_gateway_contact', 'You refunded me on Nov 18, when should I see it?', false],
  [
    'drop_shipping_concern',
    'My box came from a different warehouse than usual, same tracking?',
    false,
  ],
  ['foreign_object', 'The plastic scoop was buried in the powder, took me a while to find!', false],
  ['chargeback_threat', "I'm ringing Barclays tomorrow to get the charge reversed.", true],
  ['chargeback_threat', "I don't want my bank to get the charge reversed, just send it.", false],
  [
    'chargeback_threat',
    'unused',
    true,
    note("He said if nothing ships today he'll be disputing it with his credit card."),
  ],
  ['wholesale_reseller_issue', 'Our pallet of 40 cases arrived six cases short.', true],
  ['wholesale_reseller_issue', 'Do you sell cases of 12 bars?', false],
  ['medical_escalation', 'Please have a pharmacist get back to me on this.', true],
  ['medical_escalation', 'My pharmacist will get back to me tomorrow, thanks.', false],
  ['subscription_refund_limit', 'Refund all 7 of the membership charges please.', true, TSM],
  ['subscription_refund_limit', 'Refund all 7 of the membership charges please.', false, HB],
  [
    'subscription_refund_limit',
    'Please refund June, July, August, September and October.',
    true,
    TSM,
  ],
  ['subscription_refund_limit', 'Please refund my July and August orders.', false, TSM],
  [
    'unresolved_complaint',
    'unused',
    true,
    afterReply('Where are my points?', "That's exactly what the other agent told me last week."),
  ],
  [
    'adverse_reaction_medical',
    'A different supplement put me in hospital last summer; yours are fine. When does my order ship?',
    false,
  ],
])('blind-review family, %s: %j → fires %s', (id, text, fires, extra) => {
  expect(firedIds(text, extra).includes(id as never)).toBe(fires);
});

test.each([
  ['order_issue.adverse_reaction', 'The gummies made my daughter sick overnight.'],
  ['order.change', 'Could you push my next box back to the 15th?'],
  ['product.specific', 'Is the ashwagandha okay with antidepressants?'],
  ['order_issue.defect', 'This new batch tastes like chemicals.'],
  ['order_issue.did_not_like', "I just didn't get on with the collagen, could I return it?"],
  ['product.ingredients', 'Can you tell me where the collagen is sourced?'],
  ['product.ingredients', 'Is the facility also used to process peanuts? My son is allergic.'],
  ['product.specific', 'Can I keep using the iron and the zinc together?'],
  [
    'order_issue.return_outside_warranty',
    'My resistance bands are out of warranty now, can you still help?',
  ],
  ['platform.promo_issue', 'The bonus scoop is not being added to my basket.'],
  [
    'shipping.multiple_international',
    'That is the second parcel to Ireland this autumn that customs held.',
  ],
  ['platform.website_issue', "The password reset never works, I've tried four times."],
  ['order.change', 'Could you exchange the tub for a different flavour before it leaves?'],
  ['shipping.lost_in_transit', 'FedEx has lost my package, what now?'],
  ['retail.negative_experience', 'I stopped by your Main Street shop and nobody could help me.'],
  // blind14: weeks waited abroad, business days with nothing moving, a part that does not work, the carrier calling it lost.
  [
    'shipping.intl_delay',
    'Hello. I am waiting the order now 5 weeks to Germany. Nobody answer me.',
  ],
  ['shipping.intl_delay', 'Six weeks and no package in Spain.'],
  ['shipping.us_delay', 'Order is 11 business days out with no movement.'],
  ['order_issue.defect', "The pump on my face oil doesn't work."],
  ['shipping.lost_in_transit', 'He paid in October and the carrier lists it as lost.'],
  // An order number right after "cancel"; an item swapped on an order; an order placed on a call (blind11).
  ['order.cancel', 'Can you cancel #31368 before it goes out?'],
  ['order.change', 'Could you switch the strawberry electrolytes on my order to lemon-lime?'],
  [
    'order.new',
    'Caller is not comfortable online. Placed an order for her over the phone: 2x glucosamine.',
  ],
  // blind11: a kiosk visit, several orders abroad stuck, a pitch for a call.
  [
    'retail.negative_experience',
    'The employee at your mall kiosk ignored me for ten minutes. Really disappointing in-person experience.',
  ],
  [
    'shipping.multiple_international',
    'I placed three separate orders to Munich last month and none have arrived.',
  ],
  [
    'lead.spam',
    'We help supplement brands get more 5-star reviews. Can I book 15 minutes to show you our results?',
  ],
  ['shipping.us_delay', 'My parcel is a week late now.'],
  ['order.address_update', 'Our address has changed, please use the new one from now on.'],
  ['general.faq_terms', 'Quick question about your policies on pausing a membership.'],
  ['general.product_information', 'Does the vitamin D come in a liquid form?'],
  ['general.wholesale_inquiry', 'Would you allow reselling of your bars at our cafe?'],
  ['order.confirmation', "I haven't received a confirmation email for this morning's order."],
  ['billing.honor_promo', 'Could you honour the sale price? I bought it the day before.'],
  ['billing.promo_not_working', 'The code in your newsletter keeps saying not valid.'],
  ['shipping.processing_delay', "Why hasn't my order shipped after four days?"],
  ['order.status', 'Is there any update on my parcel? Ordered last Tuesday.'],
  ['order.address_update', 'I put in the wrong postcode at checkout, can it be corrected?'],
  ['order.confirmation', 'Please email me a copy of the invoice for my records.'],
  ['order_issue.damage', 'The jar arrived with a huge dent and the lid split.'],
  ['order_issue.defect', 'The softgels have fused together into one mass.'],
  ['fulfillment.missing_incomplete', 'I just received one of the two bottles I paid for.'],
  ['shipping.processing_delay', 'A week on and it is still in processing.'],
  ['shipping.intl_delay', 'The shipment to Australia has been sitting in Sydney for ten days.'],
  ['shipping.return_to_sender', 'Tracking says it is being returned back to the sender, why?'],
  ['billing.honor_promo', 'I just missed the sale by an hour, could you still apply it?'],
  [
    'order_issue.return_outside_warranty',
    'Could I still send the bands back? I bought them last spring.',
  ],
  ['product.specific', 'Is the greens powder okay to use if I have kidney stones?'],
  ['product.specific', 'What magnesium would you recommend for cramps at night?'],
  ['platform.website_issue', "The site won't let me sign into my account, it shows error 403."],
  ['platform.website_issue', 'When I click the pay button nothing happens.'],
  [
    'platform.promo_issue',
    'The email promised 30% off sitewide but my cart prices are not reduced.',
  ],
  ['billing.gift_card_not_found', "The e-gift card from my aunt isn't recognised at checkout."],
  // A carrier return and a bad store visit name the issue over a missing detail or a broken fixture.
  [
    'shipping.return_to_sender',
    'USPS is sending it back to you, returned to sender: the apartment number was missing.',
  ],
  [
    'retail.negative_experience',
    'I visited your Oak Road store; the till was broken and nobody was at the counter.',
  ],
])('blind-review category %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id).toBe(id);
});

// Category paraphrase families (categories pass, 2026-12-02): for every contract category, the
// ways customers, chats and agents' call notes describe it, in wording of their own.
test.each([
  [
    'general.donations_sponsorship',
    'Our PTA is putting together a raffle for the spring fair, would you be willing to donate a gift basket?',
  ],
  [
    'general.donations_sponsorship',
    'hi! im organizing a 5k for our local animal shelter, do u guys ever sponsor events?',
  ],
  [
    'general.wholesale_inquiry',
    'I own a small gym and want to stock your protein bars at the front desk. Who do I talk to about pricing?',
  ],
  [
    'general.wholesale_inquiry',
    "Do you offer practitioner accounts? I'm a chiropractor and my patients keep asking for your magnesium.",
  ],
  [
    'general.press_inquiry',
    "I'm a freelance writer working on a piece about collagen trends for Well+Good. Could someone answer a few questions?",
  ],
  [
    'general.press_inquiry',
    "Hello, I produce a morning radio show and we'd love to interview your founder.",
  ],
  ['general.product_information', 'How long does one tub last if I take a scoop every day?'],
  ['general.product_information', 'do the gummies need to be kept in the fridge once opened'],
  ['general.product_information', 'Will you ever make the pre-workout in a bigger tub?'],
  ['general.faq_terms', 'Do you guys have a military discount?'],
  ['general.faq_terms', "How long do I have to return something if it's unopened?"],
  ['general.faq_terms', 'Do you accept PayPal or Apple Pay?'],
  [
    'general.website_navigation',
    "Where on the site do I update my payment card? I can't find it anywhere in my account.",
  ],
  ['general.website_navigation', 'how do i see my past orders on the app'],
  ['order.status', 'any update on my order? placed it friday'],
  ['order.status', 'wheres my package at'],
  ['order.status', 'Can you send me the tracking link for order 4471?'],
  ['order.change', "Can I swap the vanilla for chocolate on my order? It hasn't shipped yet."],
  ['order.change', 'please take the shaker off my order before it ships'],
  ['order.change', 'Could you add one more bag of greens to my next box?'],
  ['order.cancel', 'Please cancel order #5520, I ordered the wrong size.'],
  ['order.cancel', 'I placed the same order twice by accident, can you cancel one?'],
  ['order.address_update', 'I typed the wrong zip code on my order, it should be 30307.'],
  ['order.address_update', "Can you redirect my package to my office? I won't be home this week."],
  [
    'order.confirmation',
    'I never got a confirmation email for my order this morning, did it go through?',
  ],
  [
    'order.confirmation',
    'Could you resend the receipt for my last order? I need it for my expense report.',
  ],
  [
    'order.new',
    "I'd like to buy three tubs of the creatine as gifts, can I check out once and ship to different addresses?",
  ],
  ['order.new', 'want to reorder the same sleep gummies as last time'],
  ['order_issue.did_not_like', 'Honestly the flavour is just not for me, can I send it back?'],
  [
    'order_issue.did_not_like',
    "I've been taking it for a month and I'm not seeing any results. Can I return it?",
  ],
  [
    'order_issue.did_not_like',
    "Tried the berry one and couldn't stand the taste. Any chance of a refund?",
  ],
  [
    'order_issue.damage',
    'The tub arrived with a huge crack down the side and powder all over the box.',
  ],
  ['order_issue.damage', 'package came completely crushed and one of the bottles was leaking'],
  ['order_issue.damage', 'Two of the jars were smashed when I opened the parcel.'],
  ['order_issue.defect', "The pump on the bottle doesn't dispense anything."],
  ['order_issue.defect', 'These capsules smell rancid, like old fish.'],
  ['order_issue.defect', 'The gummies came all stuck together in one clump.'],
  ['order_issue.defect', "The lid won't close properly, it's broken from the factory."],
  [
    'order_issue.adverse_reaction',
    'After two days on the turmeric I broke out in an itchy rash on my arms.',
  ],
  [
    'order_issue.adverse_reaction',
    'the preworkout gave me the worst headache and my heart was racing',
  ],
  [
    'order_issue.adverse_reaction',
    "Since starting the collagen I've had an upset stomach every morning.",
  ],
  ['order_issue.dnr', "Tracking says it was delivered yesterday but there's nothing at my door."],
  [
    'order_issue.dnr',
    "UPS claims they left it on the porch. It's not there. I think it was stolen.",
  ],
  ['order_issue.dnr', 'says delivered but i never got it'],
  [
    'order_issue.return_outside_warranty',
    'I bought the bands about five months ago and one snapped. Is it too late to return them?',
  ],
  ['order_issue.return_outside_warranty', 'Can I still return an opened tub from my July order?'],
  ['billing.gift_card_balance', 'Can you tell me the balance on my gift card?'],
  ['billing.gift_card_balance', 'how much do i have left on the e-gift card my mom got me'],
  [
    'billing.honor_promo',
    'I ordered yesterday and today everything is 25% off. Can you give me the sale price?',
  ],
  [
    'billing.honor_promo',
    'I forgot to put in my welcome code when I ordered, can you still apply it?',
  ],
  ['fulfillment.restock', 'When will the mango electrolytes be back in stock?'],
  ['fulfillment.restock', "Are you bringing back the cinnamon flavor? Can't find it anymore."],
  ['fulfillment.missing_incomplete', "My order came but the shaker bottle wasn't in the box."],
  ['fulfillment.missing_incomplete', 'I ordered 3 tubs and only 2 arrived.'],
  ['fulfillment.missing_incomplete', 'box came w/o the free gift'],
  [
    'shipping.processing_delay',
    'I ordered 5 days ago and it still says processing. When does it ship?',
  ],
  ['shipping.processing_delay', "my order still hasnt shipped and it's been almost a week"],
  ['shipping.us_delay', 'My package has been stuck in transit in Ohio for 9 days with no update.'],
  [
    'shipping.us_delay',
    "USPS tracking hasn't updated since last Tuesday, it's way past the delivery date.",
  ],
  [
    'shipping.intl_delay',
    'My parcel to Vancouver has been in transit for 18 days, is that normal?',
  ],
  ['shipping.intl_delay', 'Order to the UK is stuck in customs, how long does that usually take?'],
  [
    'shipping.lost_in_transit',
    "I think the carrier lost my package. Tracking shows nothing for two weeks and FedEx says they can't find it.",
  ],
  ['shipping.lost_in_transit', 'my order never showed up. its been a month'],
  ['shipping.return_to_sender', 'Tracking says the package is being returned to sender. Why?'],
  [
    'shipping.return_to_sender',
    'The courier sent my parcel back to your warehouse, can you resend it?',
  ],
  [
    'shipping.multiple_international',
    'This is the third time my order to Australia has been held at customs. Every single order.',
  ],
  [
    'shipping.invalid_tracking',
    "The tracking number you gave me doesn't work on the USPS site, it says not found.",
  ],
  [
    'shipping.label_created_stalled',
    'Tracking has said label created for a week now, it never got picked up.',
  ],
  [
    'shipping.label_created_stalled',
    'It\'s been 6 days and UPS still shows only "shipping label created".',
  ],
  [
    'shipping.prepaid_label_request',
    'Can you send me a return label? I want to send the unopened bottle back.',
  ],
  ['shipping.prepaid_label_request', 'Do you provide a prepaid shipping label for returns?'],
  ['shipping.backorder', 'My order says backordered, when will it ship?'],
  [
    'shipping.backorder',
    'You charged me but the item was out of stock when I ordered. How long is the wait?',
  ],
  ['marketing.unsubscribe', 'Please stop emailing me, I get 3 emails a day from you.'],
  ['marketing.unsubscribe', 'take me off your text list pls'],
  ['marketing.brand_feedback', 'I love the new eco packaging, much better than the plastic tubs.'],
  ['marketing.brand_feedback', 'Suggestion: you should make a single-serve travel pack.'],
  [
    'marketing.influencer',
    "I'm a fitness creator on TikTok with 50k followers and would love to collab.",
  ],
  ['marketing.influencer', "My affiliate commission for October hasn't been paid yet."],
  ['rewards.missing_points', "I didn't get any points for my last order."],
  ['rewards.missing_points', 'my referral bonus points never showed up in my account'],
  ['rewards.redeem_points', 'How do I use my points at checkout? I have 800.'],
  ['rewards.redeem_points', "The site won't let me redeem my rewards points."],
  ['rewards.expired_points', 'My points expired without any warning, can you restore them?'],
  ['rewards.expired_points', 'where did my 1200 points go? they just vanished'],
  [
    'rewards.merge_accounts',
    'I accidentally made two accounts with different emails, can you combine them?',
  ],
  ['rewards.merge_accounts', 'Can you merge my old rewards account into my new one?'],
  [
    'retail.negative_experience',
    'The cashier at your downtown store was so rude to me when I asked a question.',
  ],
  [
    'retail.negative_experience',
    'Visited your store on 5th Ave and the staff ignored me for 20 minutes.',
  ],
  [
    'retail.damage_no_receipt',
    "I bought a tub at your store and it's cracked but I lost the receipt.",
  ],
  [
    'retail.exchange_with_receipt',
    'I have my receipt from the mall store, can I exchange the flavor?',
  ],
  [
    'retail.third_party_purchase',
    'I bought your collagen on Amazon and it tastes different. Is it real?',
  ],
  [
    'other.hr_verification',
    "I'm calling from a mortgage lender to verify employment for a former employee.",
  ],
  [
    'other.hr_verification',
    'Can someone from HR confirm that Jane Doe worked there from 2021 to 2023?',
  ],
  ['product.ingredients', 'Does the protein contain any soy or dairy?'],
  ['product.ingredients', 'is the collagen bovine or marine'],
  ['product.ingredients', "Are your gummies made with gelatin? I'm vegetarian."],
  ['product.specific', 'Is the ashwagandha safe to take while breastfeeding?'],
  ['product.specific', 'Can I take your magnesium with my blood pressure meds?'],
  ['product.specific', "What's the difference between the glycinate and the citrate?"],
  [
    'platform.website_issue',
    'Every time I try to check out the page just spins and gives an error.',
  ],
  ['platform.website_issue', "I can't log into my account, the password reset email never comes."],
  [
    'platform.promo_issue',
    "The site says 30% off everything but the prices in my cart aren't discounted.",
  ],
  [
    'billing.bnpl',
    "I paid with Afterpay and returned the order but I'm still being charged installments.",
  ],
  ['billing.gift_card_not_found', 'I never received the e-gift card my friend sent me.'],
  ['billing.gift_card_not_found', 'The gift card code says invalid when I enter it.'],
  ['billing.promo_not_working', "The code SAVE20 won't apply at checkout."],
  [
    'billing.promo_not_working',
    "my discount code keeps saying expired but the email says it's good till sunday",
  ],
  [
    'lead.spam',
    'Hi, we help Shopify brands like yours increase sales with our SEO services. Book a free audit today!',
  ],
  ['chargeback', 'I already filed a dispute with my bank over this charge.'],
  [
    'injury_legal',
    'Our firm represents a client who was injured by your product. Please preserve all records.',
  ],
  ['fraud', "Someone hacked into my account and placed an order I didn't make."],
  ['order.status', 'Hi, just checking on the status of my order, no rush.'],
  ['general.product_information', 'Do you sell the vitamin D in a liquid form?'],
  ['order_issue.did_not_like', "The taste is awful, I can't drink it."],
  ['shipping.us_delay', 'my package is 4 days late'],
  ['order_issue.damage', 'Cust called, 2 of 4 jars shattered in transit, wants replacements.'],
  ['order_issue.defect', 'CX says shaker lid leaks every time she uses it, bought 2 wks ago.'],
  ['order_issue.dnr', "cust reports pkg marked delivered 11/14, not rec'd, checked w neighbors."],
  [
    'fulfillment.missing_incomplete',
    'Caller says box was missing the magnesium, everything else there.',
  ],
  [
    'shipping.lost_in_transit',
    'Customer called, carrier confirmed the package is lost. Wants a reship.',
  ],
  [
    'order_issue.adverse_reaction',
    'Cust called - got hives after 2nd dose of the sleep gummies, stopped taking.',
  ],
  ['order.address_update', 'Cust called to update shipping address on #3381 to 12 Oak St.'],
  ['order.cancel', 'Caller wanted order 4410 cancelled, placed by mistake.'],
  ['rewards.missing_points', 'CX called about missing points from Black Friday order.'],
  ['rewards.merge_accounts', 'cust has 2 accts under diff emails, wants them merged.'],
  ['marketing.unsubscribe', 'Caller asked to be removed from all marketing texts.'],
  [
    'product.ingredients',
    'Caller asked if the greens contain any iodine or seaweed, thyroid condition.',
  ],
  ['shipping.processing_delay', 'Cust called, order from last Mon still not shipped.'],
  ['order.status', 'CX called asking for tracking on #6678.'],
  ['order_issue.did_not_like', 'cust doesnt like the taste of the electrolytes, wants to return.'],
  ['shipping.backorder', 'cust asking about backordered collagen from 10/30.'],
  ['shipping.prepaid_label_request', 'Cust requested a prepaid return label for unopened bundle.'],
  [
    'order_issue.damage',
    'the bottle cap was cracked when it arrived and gummies were spilling out',
  ],
  ['order_issue.defect', 'the scoop snapped the first time i used it lol'],
  ['order_issue.dnr', 'it says delivered at 2pm but nothing here?? checked everywhere'],
  ['shipping.us_delay', 'its been 12 days and my package is still in transit wtf'],
  ['order.status', 'hey is my order on the way yet'],
  ['order.change', 'can i change my flavor to strawberry b4 it ships'],
  ['fulfillment.restock', 'is the lemon flavor ever coming back'],
  ['rewards.redeem_points', 'how do i redeem my pts'],
  ['billing.promo_not_working', 'code not working at checkout'],
  ['billing.gift_card_balance', 'whats my gift card balance'],
  ['general.faq_terms', 'do u ship to canada'],
  ['product.specific', 'can i take this while pregnant'],
  ['order_issue.adverse_reaction', 'these gave me the runs for 2 days straight'],
  ['order_issue.did_not_like', 'meh didnt do anything for me'],
  ['platform.website_issue', 'site keeps crashing when i try to pay'],
  ['general.website_navigation', 'where do i change my password'],
  [
    'order_issue.damage',
    "I know it's not your fault, but the box was soaked and the bag inside split open.",
  ],
  ['order.status', "My order isn't damaged or anything, I just want to know when it'll arrive."],
  [
    'general.product_information',
    'Is it normal for the powder to clump a little? Still fine to use?',
  ],
  ['order.new', 'I saw the new bundle on Instagram, how do I order it?'],
  [
    'fulfillment.missing_incomplete',
    'I ordered the bundle with the free shaker but there was no shaker in the box.',
  ],
  ['order_issue.damage', 'Not a big deal but the outer box was crushed and one tub has a dent.'],
  ['order.change', 'I want to change my order from the 30 count to the 60 count.'],
  ['product.specific', 'My doctor asked whether this has been third-party tested.'],
  [
    'general.wholesale_inquiry',
    'We are a health food store interested in carrying your line. Do you have a wholesale catalog?',
  ],
  [
    'general.press_inquiry',
    'Journalist at the Times here, looking for a comment on supplement regulation.',
  ],
  [
    'general.donations_sponsorship',
    "We're a non-profit hosting a charity golf tournament, would you donate some products for the goodie bags?",
  ],
  [
    'other.hr_verification',
    'This is Sarah from a staffing agency doing a reference check on a former employee of yours.',
  ],
  [
    'lead.spam',
    'Congrats! We can get your store to the first page of Google in 30 days. Reply YES for a free audit.',
  ],
  [
    'retail.negative_experience',
    'The store manager at your mall location yelled at me in front of other customers.',
  ],
  [
    'retail.damage_no_receipt',
    "I got this from your shop as a gift so I don't have a receipt, but the lid is broken.",
  ],
  [
    'retail.third_party_purchase',
    'Picked up a bottle at TJ Maxx and it expires next month, is it still good?',
  ],
  [
    'shipping.intl_delay',
    'My order to Germany has been stuck for 3 weeks with no update from DHL.',
  ],
  [
    'shipping.multiple_international',
    'Every order I place to Canada gets stuck at customs, this is the fourth time.',
  ],
  [
    'shipping.return_to_sender',
    "USPS marked my package as undeliverable and it's going back to you.",
  ],
  ['shipping.invalid_tracking', "The tracking number is for someone else's package in Texas."],
  [
    'shipping.label_created_stalled',
    'the label was created on the 3rd but usps never received the package',
  ],
  ['billing.bnpl', 'My Klarna payment was taken even though I cancelled the order.'],
  [
    'billing.honor_promo',
    'The Black Friday sale started the day after I ordered, could you refund the difference?',
  ],
  ['rewards.expired_points', 'Do my reward points expire?'],
  ['order_issue.dnr', 'My package was delivered to the wrong address according to the photo.'],
  [
    'shipping.lost_in_transit',
    'The package seems to have gone missing somewhere between the hub and my house.',
  ],
  [
    'fulfillment.missing_incomplete',
    'Half my order is missing, only got the protein and not the creatine.',
  ],
])('category paraphrase %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id).toBe(id);
});

// Near-misses: a category's words used for another matter (a subscription to cancel, a refund
// still to arrive, praise, a question before buying) name that other matter, or none.
test.each([
  [null, 'I want to cancel my membership.'],
  [null, 'Why was I charged twice this month?'],
  [null, "My refund still hasn't shown up on my card."],
  [null, 'thanks so much, all sorted!'],
  [null, 'Can I speak to a supervisor please?'],
  [null, 'The website was easy to use and checkout was smooth, thanks!'],
  [null, 'Your agent Maria was so helpful, thank you!'],
  [null, 'Hi'],
  [null, "I want to cancel my subscription, I don't need it anymore."],
  [null, 'You charged my card twice for the same order.'],
  [null, "My refund was processed two weeks ago and still hasn't appeared."],
  ['order.status', 'The tracking says in transit, when should it arrive? Ordered Monday.'],
  [
    'order_issue.damage',
    'The box was damaged but thankfully everything inside was fine except one cracked jar.',
  ],
  [null, 'I am not allergic to anything, just wanted to say thanks for the fast shipping!'],
  [null, 'Can I talk to a manager about my experience?'],
  ['shipping.us_delay', "I'm not saying it's lost, but it's been 8 days in transit."],
  ['general.faq_terms', 'What is your return policy for opened items?'],
  ['order_issue.did_not_like', "I returned it because I didn't like the taste, where's my refund?"],
  ['general.product_information', 'How many capsules should I take per day?'],
  ['order.status', 'Just wondering when my order will arrive, no worries.'],
  ['order.change', 'Can I add a shaker to my order before it goes out?'],
  ['product.ingredients', 'Is there any caffeine in the night time formula?'],
  [null, 'My account was charged $39 for a membership I forgot to cancel.'],
  ['order_issue.defect', 'The new batch smells different, kind of like vinegar.'],
  [
    'order_issue.adverse_reaction',
    'I got really dizzy and nauseous an hour after taking the fat burner.',
  ],
  ['product.specific', 'Can I take the fat burner if I have high blood pressure?'],
  [
    'fulfillment.missing_incomplete',
    "The bundle was supposed to include a free shaker but I didn't get one.",
  ],
  ['shipping.lost_in_transit', 'FedEx told me they lost the package and to contact you.'],
  [
    'order_issue.dnr',
    'The driver left it at the wrong house, the photo shows a blue door and mine is white.',
  ],
  ['rewards.redeem_points', 'Can I use my reward points on a subscription order?'],
  ['rewards.missing_points', "I placed an order last week but my points balance didn't change."],
  ['marketing.unsubscribe', 'Unsubscribe me from the newsletter please.'],
  [
    'general.press_inquiry',
    "Hi, I'm a reporter for a health magazine writing about sleep supplements.",
  ],
  ['marketing.influencer', 'Do you have an ambassador program for fitness coaches?'],
  ['general.wholesale_inquiry', 'Can I buy in bulk for my CrossFit box at a discount?'],
  ['order.address_update', 'I moved, please send my next box to 45 Pine Rd instead.'],
  [
    'billing.honor_promo',
    'I just missed the 20% sale by a day, any chance you could still honor it?',
  ],
  ['billing.promo_not_working', "The promo code from your Instagram post isn't working."],
  ['platform.website_issue', "Your website won't let me add anything to my cart."],
  [null, 'The website is great and the checkout was fast.'],
  ['order.status', 'I got an error with my tracking link, can you send the tracking number?'],
  ['shipping.invalid_tracking', "The tracking number you emailed doesn't exist according to UPS."],
  ['order.confirmation', "I didn't get an order confirmation, did my order go through?"],
  [null, 'I love your products, thanks for everything!'],
  ['general.donations_sponsorship', 'Does your company sponsor youth sports teams?'],
  ['order_issue.did_not_like', 'These gummies are way too sweet for me, can I return them?'],
  ['shipping.processing_delay', "Why hasn't my order shipped yet? I paid 4 days ago."],
  ['shipping.backorder', 'I pre-ordered the new flavor, any idea when it ships?'],
  ['fulfillment.restock', 'The vanilla protein is sold out, when will you restock?'],
  ['order.cancel', 'I need to cancel my order, I ordered the wrong flavor.'],
  ['order_issue.damage', 'The pouch was ripped and the powder spilled everywhere in the box.'],
  [null, "I'd rather not share that on social media, but thanks for asking."],
  [null, "Do you have a supervisor? Just kidding, you've been great."],
  [
    'shipping.us_delay',
    "Order was supposed to arrive Tuesday and it's Friday, tracking just says in transit.",
  ],
  [
    'order_issue.adverse_reaction',
    'My son broke out in hives after eating two of the kids gummies.',
  ],
  ['product.specific', 'Are the kids gummies safe for a 3 year old?'],
  ['order.change', 'Please change the size on my order to the large tub.'],
  ['general.product_information', 'Is the creatine micronized? Does it mix well in water?'],
])('category near-miss %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id ?? null).toBe(id);
});

// The broad families kept to their matter: a phone never picked up, emails to support, a refund
// still pending, a return window in days, a product label, a store employee on the phone.
test.each([
  [null, 'They never picked up the phone when I called yesterday.'],
  [null, "I've sent so many emails and nobody replies."],
  [null, "It's been over 30 days and I still haven't received my refund."],
  [null, "I'd like to get a refund for the membership fee."],
  [null, 'My refund is still pending on my card.'],
  ['general.faq_terms', 'Is there a 30 day money back guarantee?'],
  ['order_issue.did_not_like', "I'm sending it back to you today since it wasn't for me."],
  [null, 'You should have told me about the renewal.'],
  [null, 'In short, a refund would be nice for the membership.'],
  [null, 'It was late at night when I placed the order, did I get charged twice?'],
  [null, 'I got lost on your website trying to find the cancel button for my membership.'],
  ['product.specific', 'Does the collagen help with hair loss?'],
  [null, "I'd love to work together with you to sort my billing out."],
  [null, 'The product label was printed in French, is that ok?'],
  ['order.status', 'I ordered last year and loved it, when will my new order ship?'],
  [null, 'Your employee on the phone was rude to me yesterday.'],
  [null, "Can you take me off the subscription? I don't want it anymore."],
  ['order_issue.did_not_like', "I'd like to return the protein, it's just not for me."],
  ['order.confirmation', "I haven't received my order confirmation email."],
  ['order.new', 'I want to order the large tub of vanilla.'],
  [null, 'Thanks, the box arrived with no issues at all!'],
  [
    'shipping.us_delay',
    "My package was supposed to be here Monday, tracking hasn't moved since Saturday.",
  ],
  [
    'shipping.return_to_sender',
    'The carrier is sending the package back to you because nobody signed for it.',
  ],
  ['order.change', 'Please remove the shaker from my order before it ships.'],
  [null, 'I want to cancel my auto-ship.'],
  ['marketing.brand_feedback', 'The new labels look great, much easier to read.'],
  ['product.specific', 'Will the magnesium help with my sleep?'],
  ['order.address_update', 'I updated my address last week but you still shipped to my old apt.'],
  [
    'fulfillment.missing_incomplete',
    'The rest of the order came but the creatine is still missing.',
  ],
])('category kept to its matter %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id ?? null).toBe(id);
});

// Level-3 and level-4 families in their everyday forms (pay in 4, logged out, a disputes desk on
// the phone, a seller on a marketplace, a store visit gone wrong).
test.each([
  ['billing.bnpl', "Can I pay with Klarna? I don't see the option at checkout."],
  ['billing.bnpl', 'afterpay charged me the 2nd installment even tho u refunded the order'],
  ['billing.bnpl', 'Is there a way to split my payment into 4?'],
  ['billing.gift_card_balance', 'I have a gift card, how do I check how much is left on it?'],
  [
    'billing.gift_card_not_found',
    "My gift card number isn't recognized at checkout, it says it doesn't exist.",
  ],
  ['billing.gift_card_not_found', "I can't find the gift card email anywhere, not even in spam."],
  [
    'billing.honor_promo',
    "I bought it full price yesterday and now it's on sale for 30% off. Can I get the difference back?",
  ],
  ['billing.promo_not_working', 'ur code SPRING15 dont work'],
  [
    'platform.promo_issue',
    'The free shipping threshold banner says $50 but I was charged shipping on a $62 order.',
  ],
  [
    'platform.promo_issue',
    'Your bundle deal page shows the wrong price, it says $89 but the cart shows $110.',
  ],
  ['platform.website_issue', 'The app logs me out every time I open it.'],
  ['platform.website_issue', 'I keep getting a 500 error when I try to update my payment info.'],
  ['platform.website_issue', 'cant add anything to my cart, the button does nothing'],
  [
    'retail.negative_experience',
    'The store was a mess and the employee at the register refused to honor the shelf price.',
  ],
  [
    'retail.negative_experience',
    'Terrible experience at your Austin store today, waited 25 minutes and nobody helped.',
  ],
  [
    'retail.damage_no_receipt',
    "I bought a shaker at your store last month and it cracked, I don't have the receipt though.",
  ],
  [
    'retail.third_party_purchase',
    'My mom bought it for me at Costco and it tastes off, can you help?',
  ],
  ['retail.third_party_purchase', 'I ordered your gummies through Amazon and they came melted.'],
  [
    'retail.exchange_with_receipt',
    'I bought the wrong size at your store, I have the receipt, can I swap it?',
  ],
  [
    'other.hr_verification',
    'I need to verify employment for a loan application for someone who says they worked for you.',
  ],
  [
    'other.hr_verification',
    'Background check: can you confirm dates of employment for John Smith?',
  ],
  [
    'lead.spam',
    'We are a leading lead generation agency helping DTC brands scale. Can we book a 15 minute call?',
  ],
  [
    'lead.spam',
    'Boost your revenue by 300% with our proven Shopify growth system. Reply for a free strategy call.',
  ],
  [
    'general.donations_sponsorship',
    "We're raising money for a children's hospital and wondered if you'd donate a few products.",
  ],
  [
    'general.press_inquiry',
    "I'm with a podcast about wellness and would love to have someone from your team on.",
  ],
  [
    'marketing.influencer',
    "I posted about your product and was told I'd get a commission, where is it?",
  ],
  ['marketing.influencer', "Is your ambassador program still open? I'd love to apply."],
  ['marketing.unsubscribe', 'how do i stop getting ur texts'],
  ['marketing.unsubscribe', 'Please opt me out of all marketing communications.'],
  ['marketing.brand_feedback', 'Just some feedback: the new scoop is way too small for a serving.'],
  ['rewards.missing_points', "I referred 3 friends and didn't get any referral points."],
  ['rewards.redeem_points', "I have 2000 points but it won't let me apply them to my order."],
  ['rewards.expired_points', 'Why did my points expire? I was saving them for Black Friday.'],
  ['rewards.merge_accounts', 'I have an old account and a new one, can you move my points over?'],
  ['shipping.backorder', 'Why did you take my money if the item was on backorder?'],
  ['shipping.label_created_stalled', "It's been stuck on pre-shipment for 8 days."],
  [
    'shipping.prepaid_label_request',
    "How do I get a return label? I'd like to send back the unopened tub.",
  ],
  [
    'shipping.invalid_tracking',
    "The tracking number has too few digits and the carrier says it's invalid.",
  ],
  ['product.ingredients', 'Is there any lead in your protein? I saw a report about heavy metals.'],
  ['product.ingredients', 'What sweetener do you use in the electrolytes?'],
  [
    'product.specific',
    'My naturopath wants to know if the iron is gentle on the stomach. Which one should I take?',
  ],
  ['product.specific', 'Are the new capsules the same formula as before?'],
  [
    'order_issue.return_outside_warranty',
    "It's been 4 months but the shaker stopped working, can I still return it?",
  ],
  ['chargeback', 'Just letting you know I opened a dispute with PayPal since the item never came.'],
  ['fraud', "My account got hacked and someone placed an order to an address I don't know."],
  [
    'injury_legal',
    'This is a paralegal from Smith & Jones, we represent a client who was injured by your product.',
  ],
  [null, 'Our office uses your vitamins, is there a discount for employees?'],
  ['general.faq_terms', 'Do you ship to PO boxes?'],
])('category everyday form %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id ?? null).toBe(id);
});

// One more pass in fresh words per category: an ETA asked for in a note, a lid popped off, lips
// that swelled, a packing slip that lists what is not there, STOP already replied.
test.each([
  [
    'order.status',
    "Hello, I placed an order on the 3rd and haven't heard anything since. Could you tell me where it is?",
  ],
  ['order.status', 'yo did my stuff ship'],
  ['order.status', 'Note: cust called wanting ETA on order #7712.'],
  [
    'shipping.us_delay',
    "It was supposed to be 3-5 days and it's been 11. Tracking is stuck in Denver.",
  ],
  ['shipping.us_delay', 'Cust called, pkg in transit since 11/2, no movement in a week.'],
  [
    'shipping.processing_delay',
    "It's been 6 business days and my order hasn't even left your warehouse.",
  ],
  ['shipping.processing_delay', 'why is my order still unfulfilled? paid last week'],
  ['shipping.lost_in_transit', 'USPS says the package was lost in their system. What now?'],
  [
    'shipping.lost_in_transit',
    "tracking ends at the sorting facility two weeks ago, I think it's gone",
  ],
  [
    'order_issue.dnr',
    'The app says delivered and left in the mailroom but our building manager has nothing.',
  ],
  [
    'order_issue.dnr',
    'Cust states package shows delivered 10/30, never received, declined to contact carrier.',
  ],
  [
    'order_issue.damage',
    'the tub lid was popped off and protein was all over the inside of the box',
  ],
  ['order_issue.damage', 'Arrived today and the bottle had a big dent and was leaking.'],
  [
    'order_issue.defect',
    "The zipper on the pouch broke the first time I opened it so I can't reseal it.",
  ],
  [
    'order_issue.defect',
    'This batch of gummies has a weird chemical taste compared to my last one.',
  ],
  [
    'order_issue.adverse_reaction',
    'I started the probiotic and have had terrible bloating and gas all week.',
  ],
  [
    'order_issue.adverse_reaction',
    'my lips swelled up after the collagen drink, took a benadryl and it went down',
  ],
  [
    'order_issue.did_not_like',
    "I gave the greens a fair try but I just can't get used to the taste. Any chance I could return them?",
  ],
  [
    'order_issue.did_not_like',
    "Not impressed with the results after a month, I'd like to send it back.",
  ],
  ['fulfillment.missing_incomplete', "Opened my box and one of the three tubs wasn't there."],
  ['fulfillment.missing_incomplete', "The packing slip lists a shaker but there's no shaker."],
  ['order.change', 'Can I switch my upcoming box from the 30 day supply to the 60?'],
  ['order.change', "Please swap the chocolate for vanilla on order 8841 if it hasn't gone out."],
  ['order.cancel', "I'd like to cancel the order I just placed, I used the wrong card."],
  [
    'order.address_update',
    'Oops, I put my old address on the order, can you change it to 22 Birch Lane?',
  ],
  ['order.confirmation', "Can you confirm you got my order? I didn't get any email."],
  ['order.new', 'How do I order the starter kit for my husband as a gift?'],
  ['general.faq_terms', "What's your policy if a product arrives damaged?"],
  ['general.faq_terms', 'Do you offer free returns?'],
  ['general.product_information', 'How many scoops are in one bag?'],
  ['general.product_information', 'Can I mix the collagen into hot coffee?'],
  ['general.website_navigation', "I'm logged in but I can't find where to manage my subscription."],
  [
    'general.wholesale_inquiry',
    "I manage a pharmacy and we'd like to stock your vitamins. What are your wholesale terms?",
  ],
  [
    'general.donations_sponsorship',
    'Would your company consider sponsoring our charity run next spring?',
  ],
  [
    'general.press_inquiry',
    "I'm a health reporter at the Chronicle working on a story about supplement safety, could I speak with someone?",
  ],
  ['fulfillment.restock', 'Do you know when the unflavored creatine will be available again?'],
  [
    'shipping.backorder',
    'Got an email saying my item is backordered for 3 weeks, can I get it sooner?',
  ],
  [
    'shipping.intl_delay',
    'Package to Australia has been sitting at the Sydney facility for 2 weeks.',
  ],
  [
    'shipping.return_to_sender',
    'Tracking says return to sender, address unknown, but my address is right.',
  ],
  [
    'shipping.invalid_tracking',
    "This tracking number shows someone else's delivery in another state.",
  ],
  [
    'shipping.label_created_stalled',
    "The tracking just says label created, it hasn't moved in 7 days.",
  ],
  [
    'shipping.prepaid_label_request',
    'Could you email me a prepaid label so I can return the wrong item?',
  ],
  ['billing.gift_card_not_found', 'The gift card I bought last week never showed up in my email.'],
  [
    'billing.honor_promo',
    'I placed my order an hour before the sale started, can you apply the sale price?',
  ],
  [
    'platform.promo_issue',
    "The homepage says free gift with purchase but it's not adding to my cart.",
  ],
  ['marketing.unsubscribe', 'I keep getting texts even though I replied STOP.'],
  ['marketing.brand_feedback', 'Feedback: the new tub is much harder to open than the old one.'],
  [
    'marketing.influencer',
    'Hi! I have a wellness YouTube channel and would love to partner on a sponsored video.',
  ],
  ['rewards.missing_points', 'My order from last month never gave me any points.'],
  ['rewards.redeem_points', 'How many points do I need to get a free tub?'],
  ['rewards.expired_points', 'My 500 points are gone, did they expire?'],
  [
    'rewards.merge_accounts',
    'I signed up twice by accident, can my two rewards accounts be combined?',
  ],
  ['product.ingredients', 'Are the gummies gluten free? My daughter has celiac.'],
  ['product.specific', 'Is it okay to give the kids multivitamin to my 2 year old?'],
  ['product.specific', "Which protein would you recommend for someone who's lactose intolerant?"],
  [
    'retail.negative_experience',
    'The cashier at your mall kiosk was incredibly rude and overcharged me.',
  ],
  [
    'retail.third_party_purchase',
    'I got this at a local shop that sells your stuff, and the seal was broken.',
  ],
  [
    'retail.damage_no_receipt',
    'Bought it at your outlet, bottle was cracked, I threw out the receipt.',
  ],
  [
    'other.hr_verification',
    "Hi, I'm with HR at another company, we need to verify a past employee's job title.",
  ],
  [
    'lead.spam',
    'We noticed your site is missing out on traffic. Our SEO experts guarantee first page rankings.',
  ],
  ['chargeback', "I've filed a chargeback with my credit card company for this order."],
  ['fraud', 'There are orders on my account I never placed, I think someone got my password.'],
  [null, "What's the status of my refund?"],
  [null, 'How do I cancel my membership?'],
  [null, 'Thank you!'],
])('category in fresh words %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id ?? null).toBe(id);
});

// Chat turns, call notes and the level-3 ids that outrank a generic reading: points over a promo,
// a cancel over a processing delay, a carrier return explained by the address.
test.each([
  [
    'shipping.us_delay',
    'My order was shipped on the 1st via UPS Ground and it\'s now the 14th. UPS just keeps saying "delay". Can you look into it?',
  ],
  ['order_issue.dnr', "FedEx has a photo of it at a door that isn't mine. I never got my order."],
  [
    'order_issue.dnr',
    'Called cust back - confirms marked delivered 11/20, not at door, neighbours checked, asked for reship.',
  ],
  ['order_issue.damage', "I'm so disappointed, the jar was in pieces when I opened the box."],
  ['order_issue.damage', 'CX reports 1 tub crushed in transit, photo on file.'],
  [
    'order_issue.defect',
    "The capsules are all sticky and clumped together, and it's only been a week since I opened it.",
  ],
  ['order_issue.defect', "my shaker's lid snapped off after a week of use"],
  [
    'order_issue.adverse_reaction',
    'My husband took two of the energy capsules and felt his heart pounding for hours.',
  ],
  [
    'order_issue.adverse_reaction',
    'cust reports mild rash on arms after 3 days of the turmeric, stopped, feeling fine now.',
  ],
  ['order_issue.did_not_like', 'ngl the chocolate one is kinda gross. can i return it'],
  [
    'order_issue.did_not_like',
    "The greens taste like grass clippings, I can't finish it. Could I get a refund?",
  ],
  ['fulfillment.missing_incomplete', 'I only received 1 of the 2 bottles I ordered.'],
  ['fulfillment.missing_incomplete', 'cust says the bundle arrived without the resistance bands.'],
  ['fulfillment.restock', 'Any idea when the 120ct magnesium will be restocked?'],
  [
    'shipping.processing_delay',
    'My order is still showing "unfulfilled" after a week, what\'s going on?',
  ],
  ['shipping.intl_delay', 'My package to Canada has been in customs for 10 days.'],
  ['order.change', 'Can I upgrade my order to the 90-day supply instead of the 30-day?'],
  [
    'order.cancel',
    "Hey, please cancel my order, I found it cheaper locally. It hasn't shipped yet.",
  ],
  ['order.confirmation', 'I need an invoice with my company name on it for order 7791.'],
  ['order.new', "Do you take phone orders? I'd like to buy two tubs."],
  [
    'rewards.missing_points',
    'I bought a bundle on Black Friday and the double points promo never applied to my account.',
  ],
  ['rewards.redeem_points', 'Where do I enter my points at checkout?'],
  ['rewards.merge_accounts', 'My wife and I both have accounts, can we merge our points into one?'],
  ['billing.promo_not_working', 'The 15% off welcome code says "invalid" when I enter it.'],
  ['billing.gift_card_balance', 'Is there a way to see the remaining balance of my gift card?'],
  ['platform.website_issue', 'The "add to cart" button isn\'t working on the product page.'],
  ['marketing.unsubscribe', "I'd like to unsubscribe from your SMS list."],
  ['product.ingredients', 'Do the capsules contain any animal products?'],
  ['product.specific', 'Can I take the sleep gummies with melatonin I already take?'],
  ['product.specific', 'Is the pre-workout safe if I have a heart condition?'],
  ['general.faq_terms', 'Do you offer a money-back guarantee on the 90-day bundle?'],
  [
    'general.wholesale_inquiry',
    'I run a small online boutique and would love to carry your gummies. Do you offer wholesale?',
  ],
  [
    'general.press_inquiry',
    "Hi, I'm a journalist working on a story about women-founded wellness brands. Could I interview your CEO?",
  ],
  [
    'general.donations_sponsorship',
    "Our church is holding a health fair and we're looking for donations of samples.",
  ],
  [
    'shipping.return_to_sender',
    'My package got returned to you because the address was incomplete. Can you resend?',
  ],
  ['shipping.invalid_tracking', "The tracking number you sent doesn't bring up anything on FedEx."],
  ['shipping.backorder', 'My order has been on backorder for a month, should I cancel?'],
  ['shipping.prepaid_label_request', 'Can I get a free return label?'],
  [
    'marketing.influencer',
    "I'm a micro-influencer on Instagram and wanted to ask about your affiliate program.",
  ],
  [
    'retail.negative_experience',
    'I went to your store and the clerk refused to let me use my coupon and was really rude about it.',
  ],
  ['chargeback', "The dispute I filed with Amex is still open, they said you haven't responded."],
  [null, 'Can you tell me why my card was declined?'],
  [null, "I'd like a refund for last month's membership charge."],
  [null, 'Your agent hung up on me.'],
  [null, 'ok thanks'],
])('category over its generic reading %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id ?? null).toBe(id);
});

// A denial of one issue names the other ("no damage, I just want to know when it ships").
test.each([
  [
    'shipping.lost_in_transit',
    'The parcel never made it to me and the courier has no idea where it is.',
  ],
  ['order.status', 'Just placed an order, roughly when will it ship?'],
  ['order.status', 'hey whats the tracking on my order'],
  ['shipping.us_delay', 'My delivery is over a week late now. The estimated date was Nov 3.'],
  ['order_issue.dnr', 'Package marked as delivered to my mailbox, but the mailbox is empty.'],
  [
    'order_issue.damage',
    'The shipping box was torn open and one of the bottles inside was broken.',
  ],
  ['order_issue.defect', 'The powder has turned into hard chunks even though the bag is sealed.'],
  [
    'order_issue.adverse_reaction',
    "I've been nauseous every time I take the iron, is that normal?",
  ],
  ['order_issue.did_not_like', "It just doesn't agree with me, I'd like to send it back."],
  ['fulfillment.missing_incomplete', 'My order was supposed to have 4 items and I got 3.'],
  ['order.change', 'Could you change the flavour on my subscription order to berry?'],
  ['order.cancel', "Please don't ship my order, I want to cancel it."],
  [
    'order.address_update',
    'I gave you the wrong street name, it should be Maple Street not Maple Avenue.',
  ],
  ['product.ingredients', "What's in the greens blend? Are there any fillers?"],
  ['product.specific', 'My doctor says I have low iron, which of your products would help?'],
  ['billing.promo_not_working', 'Your email said 20% off but the code gives me an error.'],
  ['rewards.missing_points', "Points from my purchase aren't showing in my rewards account."],
  ['marketing.unsubscribe', 'Remove my email from your list please.'],
  [
    'shipping.backorder',
    'The site let me order it but now says the item is backordered until January.',
  ],
  [
    'shipping.intl_delay',
    "Ordered to the UK two weeks ago and it's still not here, tracking says it's in customs.",
  ],
  [
    'general.website_navigation',
    "I'm not unhappy with the product, I just want to update my card on file.",
  ],
  ['general.website_navigation', 'How do I update my card on file?'],
  [null, 'My bank says there is no refund pending from you.'],
  [null, 'Got it, thanks for your help!'],
  ['order.status', 'No damage or anything, I just want to know when it ships.'],
  ['order_issue.damage', 'Not to complain but the tub came dented.'],
])('category with its neighbour denied %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id ?? null).toBe(id);
});

// Ordinary level-1 messages keep tier 1 now that the level-3 families are broader.
test.each([
  'Hi, just wanted to check when my order will ship, thanks!',
  'Can I change the delivery address on my order to my work?',
  'I love your gummies! Can I order two more bottles?',
  'Where can I find my order history?',
  'My package arrived today, thank you so much.',
  'Do you ship to Hawaii?',
  'Can I get a receipt for my order?',
  "I'd like to return the unopened protein, please.",
  'The shaker was missing from my box.',
  'The tub arrived with a cracked lid.',
  'The vanilla tastes too sweet for me, can I swap for chocolate next time?',
  'How do I join your rewards program?',
  'Can I pause my subscription for a month?',
  'I accidentally ordered twice, please cancel one.',
  'The order is late, any update?',
  "What's the best time to take the magnesium?",
  'Do you have a student discount?',
  'Is the sale still on this weekend?',
  'Can you send the tracking number again? I deleted the email.',
  'My order says processing, when will it ship?',
  'The bottle came without a safety seal on the inside, is that ok?',
  'I forgot to use my code, could you apply it?',
  'When will the strawberry flavor be back in stock?',
  'My parcel to Canada is taking a while, any news?',
  "The lid on my tub is a bit dented but it's fine.",
  'I got a different flavor than I ordered.',
  'Can I add a second tub to my order before it ships?',
  'Is there a bigger size of the collagen?',
  'Please update my email address on my account.',
  'Thanks for the quick reply yesterday, my issue is sorted!',
  'I moved last month, please update my shipping address to 5 Elm St.',
  "The package was left at my neighbour's, all good now.",
  'How long does the 30-day supply actually last?',
  'Can I take two scoops a day?',
  "I'd like to buy a gift card for my friend.",
  "The tracking link isn't loading right now, I'll try later.",
  'Your site is a bit slow today but I managed to order.',
])('still tier 1 with the broader categories: %s', (text) => {
  expect(evaluateMessages(text).tier.level).toBe(1);
});

test.each([
  ['order.cancel', 'I accidentally ordered twice, please cancel one.'],
  ['general.product_information', 'Can I take two scoops a day?'],
  ['general.product_information', "What's the best time to take the magnesium?"],
])('category for a plain question %s: %s', (id, text) => {
  expect(evaluateMessages(text).category?.id).toBe(id);
});

describe('supervisor request level', () => {
  const level = (messages: NormalizedTicket['messages']) =>
    evaluateMessages([], { messages }).triggers.find((t) => t.id === 'supervisor_request')?.level;
  test('an agent note of one more attempt makes the repeated ask level 2', () => {
    expect(
      level([
        {
          id: 'n1',
          author: 'note',
          body: 'Offered a $20 store credit, she declined. She then asked to speak with my supervisor. Tried once more to resolve, she still wants a supervisor.',
        },
      ]),
    ).toBe(2);
  });
  test('a first ask with no attempt noted stays level 1', () => {
    expect(
      level([{ id: 'm1', author: 'customer', body: 'Is there a manager I could speak with?' }]),
    ).toBe(1);
  });
});

describe('category selection', () => {
  test('a long thread is weighed by its opening and latest texts', () => {
    const thread = [
      'Where is my order? Can you check the status?',
      ...Array.from(
        { length: 30 },
        (_, i) => `Following up again (${i}), any news on my order status?`,
      ),
    ];
    thread[15] = 'Also, can you merge my two accounts?';
    expect(evaluateMessages(thread).category?.id).toBe('order.status');
  });
  test.each([
    // A level-4 matter needs its trigger: words alone make no filed chargeback.
    [
      'We had a friendly dispute at home about which flavour is best, which do you recommend?',
      'product.specific',
    ],
    ['I already filed a dispute with my bank for this order.', 'chargeback'],
    // A bank's call about a cardholder's dispute is a bank contact; the category waits for the trigger.
    [
      'Bank called to say the cardholder has disputed the transaction, they need proof of delivery.',
      null,
    ],
    // A plain mention outranks a negated one.
    [
      'No reaction or anything, it is just not for me. Can I return the unopened tub?',
      'order_issue.did_not_like',
    ],
  ])('%s → %s', (text, id) => {
    expect(evaluateMessages(text).category?.id ?? null).toBe(id);
  });
});

// Families from the misses of blind6, blind10 and blind12 once they became tuning sets (stop 15),
// each in words of its own, with a near-miss beside it.
describe('stop 15 families', () => {
  const offered = (first: string, offer: string, reply: string) =>
    thread(['customer', first], ['agent', offer], ['customer', reply]);
  test.each<[string, string | string[], boolean, Partial<NormalizedTicket>?]>([
    // The agent's own offer of a supervisor is no request for one.
    [
      'supervisor_request',
      'unused',
      false,
      thread(['note', 'I offered to get a manager to ring her; she said no need.']),
    ],
    [
      'integrity_concern',
      "I'd be lying if I said I wasn't excited for the new flavour. When does it launch?",
      false,
    ],
    ['integrity_concern', 'You told me it shipped on Monday. So it was a lie.', true],
    [
      'integrity_concern',
      'The cancel link is buried so members forget, which is shady and you know it.',
      true,
    ],
    [
      'drop_shipping_concern',
      'My cousin says most companies online drop ship these days. Anyway, when will mine arrive?',
      false,
    ],
    [
      'drop_shipping_concern',
      "I think you don't have your own warehouse, my two orders came from different companies.",
      true,
    ],
    [
      'payment_dispute',
      "I cancelled on the 3rd and got billed again anyway. I didn't authorize that charge.",
      true,
    ],
    [
      'payment_dispute',
      "My husband didn't recognise me after the haircut, ha. Anyway, where is my order?",
      false,
    ],
    [
      'medical_escalation',
      'Can your nutritionist explain whether it is safe with my thyroid pills?',
      true,
    ],
    [
      'medical_escalation',
      "My cardiologist doesn't know anything about your blend, so I'm asking you how much is safe.",
      true,
    ],
    ['foreign_object', 'There was a sliver of plastic in my protein powder.', true],
    [
      'foreign_object',
      'I read about a brand recalled for glass shards. Do you test for that?',
      false,
    ],
    ['legal_threat', "My attorney's looking at the photos before we talk again.", true],
    [
      'fraud_accusation',
      'The seal and lettering look off. I want to know whether what you sent me is genuine.',
      true,
    ],
    [
      'bank_or_gateway_contact',
      "Card was declined: 'not approved, contact card issuer at 1-800-555-0199'.",
      true,
    ],
    [
      'bank_or_gateway_contact',
      'This is the risk team at Payflux, reviewing merchant ID ending 2210.',
      true,
    ],
    [
      'dnr_escalation',
      "UPS app say delivered yesterday, nothing here. I don't want to call UPS, please just resend.",
      true,
    ],
    [
      'unresolved_complaint',
      'unused',
      true,
      offered(
        'One tub was crushed.',
        "I've refunded $10 for the trouble.",
        'I am afraid that will not do. I did not ask for money, I asked for a new tub.',
      ),
    ],
    [
      'unresolved_complaint',
      'unused',
      true,
      offered(
        'Bars missing.',
        'I added a $10 credit to your account.',
        'A $10 credit for $40 of bars? No. Send the bars.',
      ),
    ],
    [
      'unresolved_complaint',
      'unused',
      false,
      offered(
        'Bars missing.',
        'I added a $10 credit to your account.',
        'Do I need to do anything? No. Great, thanks!',
      ),
    ],
    [
      'severe_quality_complaint',
      'The tub smells sour and has gone lumpy. I am shaking with anger, this is completely disgusting.',
      true,
    ],
    [
      'severe_quality_complaint',
      'The capsules smell a bit like rotten egg, is that normal for NAC?',
      false,
    ],
    [
      'adverse_reaction_medical',
      'My eyes puffed up after the second dose and urgent care gave me a shot.',
      true,
    ],
    [
      'adverse_reaction_medical',
      'I broke out in acne and my dermatologist gave me a prescription cream.',
      true,
    ],
    [
      'wholesale_reseller_issue',
      'We are a wholesale partner of yours since 2023. Our standing order of 20 cases was cancelled without any notice.',
      true,
    ],
    [
      'refund_over_threshold',
      'Please I want to send it back and receive my money for this order.',
      true,
      { orders: [{ id: '#1', total: 240 }] },
    ],
    // Treatment by a specialist, seen, acting or referred to; symptoms in everyday words.
    [
      'adverse_reaction_medical',
      'My husband had a seizure after starting your focus capsules. The neurologist is looking into it.',
      true,
    ],
    [
      'adverse_reaction_medical',
      'The calcium levels came back very high and my endocrinologist made me stop the vitamin D.',
      true,
    ],
    [
      'adverse_reaction_medical',
      'Your collagen gave me kidney stones. I spent Tuesday in the emergency department.',
      true,
    ],
    [
      'adverse_reaction_medical',
      'Your magnesium put me in the hospital. I have the discharge papers.',
      true,
    ],
    [
      'adverse_reaction_medical',
      'The tea gave me a stomach ache, I might see a doctor if it keeps up.',
      false,
    ],
    // Anger and a spoiled product said plainly, in one message; praise with an anger word.
    [
      'severe_quality_complaint',
      'I am DISGUSTED. The fish oil reeks like a dumpster, every bottle.',
      true,
    ],
    [
      'severe_quality_complaint',
      "ngl i'm raging. these shakes curdle in milk, the whole 3 month bundle.",
      true,
    ],
    [
      'severe_quality_complaint',
      'What kind of operation are you running? Every bag is clumped and brownish.',
      true,
    ],
    [
      'severe_quality_complaint',
      "Your product quality is amazing, I'm furious I didn't find you sooner!",
      false,
    ],
    ['severe_quality_complaint', 'The powder is a bit grainy this time, is that normal?', false],
    // The medically safe answer given, then not taken: kept asking, pushed back; or taken.
    [
      'medical_escalation',
      'unused',
      true,
      offered(
        'Can I take the magnesium with lisinopril?',
        'We cannot give medical advice; please check with your doctor.',
        'My doctor is booked out for months. I need someone on your side to tell me yes or no.',
      ),
    ],
    [
      'medical_escalation',
      'unused',
      true,
      offered(
        'Is the tea ok while nursing?',
        'Please consult your healthcare provider first.',
        'Unacceptable. I am not paying a copay to ask about tea. Answer the question.',
      ),
    ],
    [
      'medical_escalation',
      'unused',
      false,
      offered(
        'Is the tea ok while nursing?',
        'Please consult your healthcare provider first.',
        "Of course, thanks! I'll ask at my appointment. Can you send the label as a PDF?",
      ),
    ],
    [
      'medical_escalation',
      'unused',
      false,
      offered(
        'Is the tea ok while nursing?',
        'Please consult your healthcare provider first.',
        'Fair enough. Where is my order, by the way?',
      ),
    ],
    [
      'medical_escalation',
      "You told me to talk to my GP. That wasn't helpful, I still want an answer about my kidney stones.",
      true,
    ],
    [
      'medical_escalation',
      "I'd like an actual healthcare professional to weigh in, not a canned line.",
      true,
    ],
    [
      'medical_escalation',
      "Please may I request a call from your pharmacist about my mother's dose?",
      true,
    ],
    [
      'medical_escalation',
      "I'd like to be connected with a physician please, about my PCOS.",
      true,
    ],
    [
      'medical_escalation',
      'unused',
      true,
      thread([
        'note',
        'Agent advised she consult her prescriber. Customer refused and demanded we tell her ourselves.',
      ]),
    ],
    // A threat made in reply to the answer given also refuses it; one made after taking the answer does not.
    [
      'unresolved_complaint',
      'unused',
      true,
      offered(
        'Still processing?',
        'It should ship in the next two days.',
        "that's what you said on monday. keep it up and my tiktok gets a video about you",
      ),
    ],
    [
      'unresolved_complaint',
      'unused',
      false,
      offered(
        'Jar smashed.',
        'I can send a replacement today.',
        "great, and if it's smashed too i'm calling visa to claw it back",
      ),
    ],
    [
      'unresolved_complaint',
      'unused',
      false,
      offered(
        'Seal broken.',
        'Can you send a photo of the lot code?',
        'my sister is a lawyer and she already asked me for the order number',
      ),
    ],
    [
      'unresolved_complaint',
      'unused',
      true,
      thread([
        'note',
        'I explained the 30-day window has passed. He said fine, he will have his bank reverse the payment.',
      ]),
    ],
    [
      'payment_dispute',
      'Somebody hacked my account and placed three orders with my saved card.',
      true,
    ],
    ['payment_dispute', 'I placed two orders with my saved card, can you combine them?', false],
    [
      'payment_dispute',
      'My total was $60.00 at checkout but you charged $82.40. I want the difference back.',
      true,
    ],
    [
      'payment_dispute',
      'I forgot to cancel my membership and it billed me twice more. Can you refund those?',
      false,
    ],
    [
      'chargeback_threat',
      'Either a new one ships this week or my bank will be hearing about this charge.',
      true,
    ],
    [
      'legal_threat',
      "If the refund isn't here by Friday we'll be sorting it out in front of a judge.",
      true,
    ],
    ['legal_threat', 'my uncle is a lawyer and he already asked me for the order number', true],
    [
      'legal_threat',
      "I'm a lawyer and in court most days, please leave the parcel with reception.",
      false,
    ],
    [
      'review_threat',
      'If nobody answers by tomorrow, my Yelp and Google reviews go up tonight.',
      true,
    ],
    ['review_threat', "I'll leave a review on Google once I've tried it!", false],
    ['integrity_concern', 'Your checkout is designed to trick people into subscribing.', true],
    [
      'supervisor_request',
      'unused',
      true,
      thread([
        'note',
        'She accepted the bonus points but insisted on a callback from a team lead.',
      ]),
    ],
    [
      'drop_shipping_concern',
      'unused',
      true,
      thread([
        'note',
        'Caller wants to know who really packs TSM orders; does not want her orders handed off to outside companies.',
      ]),
    ],
    [
      'severe_quality_complaint',
      "The bars are hard as rocks and taste like chalk. I've never been so disappointed. How does a company even let this out the door?",
      true,
    ],
    [
      'dnr_escalation',
      'Order #T-1 supposedly arrived on the 2nd. It did not.',
      true,
      { now: '2026-11-20T12:00:00Z' },
    ],
    [
      'refund_over_threshold',
      'My $310 order was fine except one bottle leaked. Could you refund just that one bottle? It was $26.',
      false,
    ],
    [
      'refund_over_threshold',
      'My $310 order arrived soaked. Could you refund the whole order?',
      true,
    ],
  ])('%s: %s → %s', (id, text, fires, extra) => {
    expect(firedIds(text, extra).includes(id)).toBe(fires);
  });

  test.each<[string, string, boolean]>([
    // A date is no count: "her Nov 15 renewal" asks for one month, not fifteen.
    [
      'subscription_refund_limit',
      'Customer asked about her Nov 15 membership renewal ($39.99); refund this one month.',
      false,
    ],
    // Billings counted after they were named: "all 8 of them ($24.99 each)".
    [
      'subscription_refund_limit',
      "I'd like every membership charge since April refunded, all 7 of them ($19.99 each).",
      true,
    ],
    // A price without its sign still multiplies: 9 x 29.99.
    ['subscription_refund_limit', 'refund every membership month pls, 9 x 29.99', true],
    ['refund_over_threshold', 'refund every membership month pls, 9 x 29.99', true],
  ])('%s: %s → %s', (id, text, fires) => {
    expect(firedIds(text, TSM).includes(id)).toBe(fires);
  });

  test('a fourth program refund named by its kind', () => {
    const body =
      'Wants a refund on the 30-Day Kickstart; she has had three refunds already, one per earlier plan.';
    expect(firedIds('unused', { ...TSM, ...thread(['note', body]) })).toContain(
      'subscription_refund_limit',
    );
  });
});

describe('stop 16 families', () => {
  test.each<[string, string | string[], boolean, Partial<NormalizedTicket>?]>([
    // The matter handed to a lawyer; a firm acting for the customer.
    [
      'legal_threat',
      'No reply in ten days, so I have sent the whole email chain to my attorney.',
      true,
    ],
    [
      'legal_threat',
      'I forwarded the tracking email to my husband so he knows when it comes.',
      false,
    ],
    [
      'legal_threat',
      'unused',
      true,
      thread([
        'note',
        'Voicemail from a paralegal: her firm is representing our customer J. Ortiz.',
      ]),
    ],
    // A big audience told of it; a review once meant and given up.
    [
      'review_threat',
      'Still nothing after two weeks. The neighborhood Facebook group will hear all about it.',
      true,
    ],
    ['review_threat', 'Our running group is going to love these gummies!', false],
    [
      'review_threat',
      'I was so close to writing a one star review, but Jo sorted it the same day. Thanks!',
      false,
    ],
    [
      'review_threat',
      'I was ready to buy more but this is the last straw, leaving a 1 star review on Trustpilot.',
      true,
    ],
    // Masked profanity in anger.
    ['abusive_language', 'You billed me twice. Total bulls**t.', true],
    ['abusive_language', 'I have a BS in nursing, so I read labels closely.', false],
    // A batch not like the last, said in anger.
    [
      'severe_quality_complaint',
      'This new tub is totally different, bitter aftertaste and the capsules came apart in my hand. I am livid.',
      true,
    ],
    [
      'severe_quality_complaint',
      'I am furious, you sent a completely different product than I ordered!',
      false,
    ],
    // A professional on our side asked for in other words.
    [
      'medical_escalation',
      'Is the iron safe while pregnant? I want a nutritionist on your side to confirm.',
      true,
    ],
    ['medical_escalation', "I'd like a clinician's opinion before I keep taking this.", true],
    ['medical_escalation', 'My doctor is on your side about the refund, by the way.', false],
    // The earlier answers counted by who gave them; the offer weighed against the damage.
    [
      'unresolved_complaint',
      "Fourth agent I've spoken to about this parcel and none of them have helped.",
      true,
    ],
    ['unresolved_complaint', 'A $5 credit for a cracked bottle? That is not enough.', true],
    [
      'unresolved_complaint',
      "Can I get a 10% code for my next order? My friend said it's not enough to cover shipping.",
      false,
    ],
    // A chargeback once made against another company; a doctor who only asked about ingredients.
    [
      'chargeback_threat',
      'I once had to file a chargeback against a different supplement company. You have been great!',
      false,
    ],
    [
      'adverse_reaction_medical',
      "I'm allergic to soy. My doctor asked me to check the ingredients before I order.",
      false,
    ],
    // A chat customer's reaction and treatment on separate lines.
    [
      'adverse_reaction_medical',
      [
        'so my labs came back odd',
        'doc noticed my liver enzymes were high and said stop the ashwagandha',
      ],
      true,
    ],
  ])('%s: %s → %s', (id, text, fires, extra) => {
    expect(firedIds(text, extra).includes(id)).toBe(fires);
  });

  test.each<[string, string | string[], boolean]>([
    // What was charged, wanted back: months counted from the month named.
    [
      'subscription_refund_limit',
      ["I want back everything you've billed me since May", 'i never use this membership'],
      true,
    ],
    ['subscription_refund_limit', 'I want back my old login, the password reset is broken.', false],
  ])('%s: %s → %s', (id, text, fires) => {
    expect(firedIds(text, { ...TSM }).includes(id)).toBe(fires);
  });
});

describe('probes-c families (another hand: unresolved, legal, supervisor, integrity, review)', () => {
  const offered = (first: string, offer: string, reply: string) =>
    thread(['customer', first], ['agent', offer], ['customer', reply]);
  test.each<[string, string | string[], boolean, Partial<NormalizedTicket>?]>([
    // Someone above the agent in other words.
    ['supervisor_request', 'pls let me talk to ur manger', true],
    ['supervisor_request', 'I want to speak with the founder of this company.', true],
    ['supervisor_request', "What's your supervisor's email address? I'll write to them.", true],
    ['supervisor_request', 'This is above your pay grade, please escalate.', true],
    [
      'supervisor_request',
      "I'm a shift supervisor at a clinic, please email rather than call.",
      false,
    ],
    [
      'supervisor_request',
      'My sister said I should ask for a manager, but you sorted it. Thanks!',
      false,
    ],
    // The answer given refused, named by where it came from.
    [
      'unresolved_complaint',
      'Your last email says I have to pay return postage myself. I do not accept that.',
      true,
    ],
    [
      'unresolved_complaint',
      'Order late.',
      true,
      offered(
        'Order late.',
        'Here is a 5% code for next time.',
        'Thanks for nothing, it is still not here.',
      ),
    ],
    ['unresolved_complaint', 'Your rep talked to me like I was a child. Not ok.', true],
    [
      'unresolved_complaint',
      'Last Monday you told me my order had shipped. Tracking says label created and nothing has moved.',
      false,
    ],
    // Legal steps in other words.
    ['legal_threat', "ok i'm calling a lawer, you billed me three times", true],
    [
      'legal_threat',
      'Expect a letter from my solicitor, and keep all records related to my account.',
      true,
    ],
    ['legal_threat', 'Fine. The courts can sort this out then, let a judge decide.', true],
    [
      'legal_threat',
      'If the refund is not here by Friday I will have no choice but to take legal action.',
      true,
    ],
    [
      'legal_threat',
      'Plenty of people would be calling a lawyer by now. I just want my order.',
      false,
    ],
    [
      'legal_threat',
      'I considered getting a lawyer back in June, but your team sorted it and I am happy.',
      false,
    ],
    // Honesty questioned in other words.
    ['integrity_concern', 'That is not an honest way to treat your members.', true],
    ['integrity_concern', "You're hiding something about this batch, aren't you?", true],
    ['integrity_concern', 'I seriously question whether your company operates honestly.', true],
    ['integrity_concern', 'I lied about my height on the quiz, can you fix my plan?', false],
    // A public airing in other words.
    ['review_threat', 'The whole internet is going to hear how you treat members.', true],
    ['review_threat', 'Going to tweet about this every day until someone answers.', true],
    ['review_threat', 'I will be calling the local news about this.', true],
    ['review_threat', 'haha I meant to tag you in that post about your new flavour', false],
  ])('%s: %s → %s', (id, text, fires, extra) => {
    expect(firedIds(text, extra).includes(id)).toBe(fires);
  });
});

describe('probes-d families (another hand: repeat refunds, refund threshold, delivered not received)', () => {
  const delivered = (total: number, quantity = 1): Partial<NormalizedTicket> => ({
    orders: [
      {
        id: '#T-1',
        total,
        currency: 'USD',
        status: 'delivered',
        items: [{ name: 'Whey', quantity }],
      },
    ],
  });
  test.each<[string, string | string[], boolean, Partial<NormalizedTicket>?]>([
    // Earlier refunds counted in other words, and another asked as "the same again".
    [
      'repeat_refunds',
      "You've paid me back three times already for melted bars. Same again please.",
      true,
    ],
    [
      'repeat_refunds',
      'Order 1 refunded. Order 2 refunded. Order 3 refunded. Guess what I want.',
      true,
    ],
    [
      'repeat_refunds',
      'unused',
      true,
      thread(['note', 'This will be her fourth refund this year.']),
    ],
    [
      'repeat_refunds',
      "I've had three refunds over the years and you were lovely about it. All good this time, just saying thanks!",
      false,
    ],
    [
      'repeat_refunds',
      "I've had 3 refunds already so I'm not asking for another. Just send the right flavor this time please.",
      false,
    ],
    [
      'repeat_refunds',
      'I asked for refunds three times but none of them were ever processed. Please refund #21720.',
      false,
    ],
    // The refund asked by its amount or put back on the card.
    ['refund_over_threshold', 'send back the 250 bucks pls', true],
    ['refund_over_threshold', "My total was $214.10. I'd like that put back on my card.", true],
    ['refund_over_threshold', 'I ask to return money for all order, it is 390 dollar.', true],
    ['refund_over_threshold', 'send back the 150 bucks pls', false],
    // Delivered not received, said in other words; the courier refused in other words.
    [
      'dnr_escalation',
      'unused',
      true,
      {
        ...thread(['note', 'DNR on #T-1, customer wants all 4 tubs replaced.']),
        ...delivered(180, 4),
      },
    ],
    ['dnr_escalation', 'Why would I call the courier? I paid YOU. Reship it.', true, delivered(60)],
    ['dnr_escalation', 'Why would I call the courier? I paid YOU. Reship it.', false],
    [
      'dnr_escalation',
      'If it ever says delivered and does not show up, do I call the courier? Asking before I order 5 tubs.',
      false,
    ],
    [
      'dnr_escalation',
      "Tracking says delivered. I'd rather not spend my lunch on hold with FedEx, can you resend?",
      true,
    ],
    // Disputes, fraud and insults in other words.
    ['chargeback_threat', 'Done waiting, charging it back.', true],
    ['chargeback_threat', 'I have disputed this charge with Amex as item not received.', true],
    ['chargeback_threat', 'My next call is to the number on the back of my card.', true],
    [
      'fraud_accusation',
      'Are these even genuine? The capsules look nothing like the last ones.',
      true,
    ],
    ['fraud_accusation', 'I feel I was sold an imitation.', true],
    [
      'fraud_accusation',
      'Got home and found I was robbed! Can you pause deliveries for a while?',
      false,
    ],
    ['abusive_language', 'Read my email again, dumbass.', true],
    ['abusive_language', "I'll keep calling every hour and make your life hell.", true],
    [
      'abusive_language',
      "lol I'm such a dumbass, I picked the wrong flavour. Can I swap it?",
      false,
    ],
    // Something found in the product, said in other words; a video, a question, the outside of the pack.
    ['foreign_object', 'Inside the jar I find a small metal screw. From the machine maybe?', true],
    ['foreign_object', 'just pulled a twist tie out of my greens powder', true],
    [
      'foreign_object',
      'Saw a video of someone finding a bug in another brand of gummies. Glad yours are fine!',
      false,
    ],
    [
      'foreign_object',
      'Is there any chance of a screw getting into your capsules? Just curious about QC.',
      false,
    ],
    [
      'foreign_object',
      'My hair is falling out since I started the gummies, is that a known thing?',
      false,
    ],
    // A trade account or reseller and what went wrong, in other words.
    [
      'wholesale_reseller_issue',
      'Trade account #W-3381 here. Our last case shipment was short 12 bottles.',
      true,
    ],
    [
      'wholesale_reseller_issue',
      'We are distributor for your brand. The invoice charged us as a normal customer.',
      true,
    ],
    [
      'wholesale_reseller_issue',
      'Our wholesale account has been a dream to use. Can we add a second user?',
      false,
    ],
    // A line quoted from an earlier email is not the writer's words now.
    [
      'abusive_language',
      '> you idiots lost my order\nSorry about that, it turned up today!',
      false,
    ],
  ])('%s: %s → %s', (id, text, fires, extra) => {
    expect(firedIds(text, extra).includes(id)).toBe(fires);
  });
});

describe('probes-a and probes-e families (another hand: subscription refunds)', () => {
  test.each<[string | string[], boolean]>([
    ['refund everything since jan. never used my membership.', true],
    [
      'i got billed june july aug sept oct for a membership i thought i cancelled, give me those back',
      true,
    ],
    [['been paying for like 8 months w/o using the app', 'want it refunded'], true],
    ['I bought four of your programs this year. Can I get refunds on all four programs?', true],
    ["Not loving the Yoga Flow program. Refund please. (I know I've returned 3 others.)", true],
    // What is counted is what is asked; a duplicate charge is no months of billings.
    ["Could you refund my last three membership payments? I haven't used it since August.", false],
    [
      "I've been a member since March and love it, but I was charged twice on November 3. Please refund the duplicate charge.",
      false,
    ],
  ])('%s → %s', (text, fires) => {
    expect(firedIds(text, TSM).includes('subscription_refund_limit')).toBe(fires);
  });
});

describe('probes-a families (another hand: payment disputes)', () => {
  fireCases('payment_dispute', '', [
    ['My bank app shows 2 payments of 34.99, same minute. I only bought one tub.', true],
    ['Money is taken from my account by your company but I did not give permission.', true],
    ['Now there is a renewal of $79 on my card. Nobody told me it renews.', true],
    ["There's a mystery withdrawal on my checking from TSM. Somebody explain.", true],
    [
      'I paid with Afterpay and cancelled the order the same day. Can you sort it with them?',
      false,
    ],
    ['Opened the second bottle, same thing. I never want to pay for this again.', false],
  ]);
});

describe('probes-a families (another hand: banks, gateways, refunds not received)', () => {
  fireCases('bank_or_gateway_contact', '', [
    ['You refunded it back around mid-October and my Amex still has nothing.', true],
    ['My refnd was proccesed like a month ago and it is still not on my card?', true],
    [
      'Your agent confirmed my refund on October 28. It is now four weeks later and it has not appeared.',
      true,
    ],
    [
      'Fraud analyst with First National Bank here, we are reviewing a transaction made to your company.',
      true,
    ],
    ['Why does your checkout tell me to call 800-555-0147 to complete this transaction?', true],
    [
      'My bank’s fraud team shut down all my cards after my wallet was stolen. How do I update my card?',
      false,
    ],
    ['Can I have August, September and October refunded? It is $34.99 a month.', false],
    ['Nobody from my bank has called you, I just want to know the name on my statement.', false],
  ]);
});

describe('probes-a and probes-e families (another hand: drop shipping)', () => {
  fireCases('drop_shipping_concern', '', [
    ['pls explain why my order ships from aliexpress', true],
    [
      "My order came through a fulfillment company that isn't you. I'm not comfortable with that.",
      true,
    ],
    ['We run a small wellness store. Do you offer dropship or wholesale for your products?', false],
    ['My order arrived today from your warehouse, thanks!', false],
  ]);
});

describe('probes-f families (another hand: unresolved, integrity, legal, review, medical, severe)', () => {
  const OFFER = "I'm sorry about that! I've sent you a 15% code for your next order.";
  test.each<[Partial<NormalizedTicket>, boolean]>([
    // The answer given refused in other words.
    [
      thread(
        ['customer', 'Jar broke.'],
        ['agent', OFFER],
        ['customer', 'And what about my refund?'],
      ),
      true,
    ],
    [
      thread(
        ['customer', 'Wrong flavour.'],
        ['agent', OFFER],
        ['customer', "So we're right back where we started."],
      ),
      true,
    ],
    [
      thread([
        'note',
        "Called Dana. She doesn't consider the matter resolved and is unhappy with how it went.",
      ]),
      true,
    ],
    [thread(['note', 'Partial refund offered. Customer not happy, wants a full one.']), true],
    [
      thread([
        'customer',
        'Thanks for the link, but the link was the problem. It still does not work.',
      ]),
      true,
    ],
    [
      thread([
        'customer',
        'So your solution is that I drive to the post office? No thanks, try again.',
      ]),
      true,
    ],
    [
      thread([
        'customer',
        'Offering me 5% off a ruined order tells me you did not take my complaint seriously.',
      ]),
      true,
    ],
    [
      thread(
        ['customer', 'Apology noted. The problem is still not solved though.'],
        ['agent', OFFER],
        ['customer', 'Problem not fixed.'],
      ),
      true,
    ],
    [
      thread([
        'customer',
        'Could someone else look at this? Your colleague answered but the answer is not helpful.',
      ]),
      true,
    ],
    // A complaint about an agent, told in other words.
    [thread(['customer', 'The woman on the phone should not be answering customers.']), true],
    [thread(['customer', 'Can I please not get Tom again? He read the policy at me.']), true],
    [
      thread([
        'note',
        'Customer says the refund is fine but she is still upset about how the last agent spoke to her.',
      ]),
      true,
    ],
    // Near misses: the offer taken, praise after a reply, a first message with no answer given.
    [
      thread(
        ['customer', 'Jar broke.'],
        ['agent', OFFER],
        ['customer', 'That works for me, thank you!'],
      ),
      false,
    ],
    [thread(['customer', 'Thanks for the quick reply, the tracking works now.']), false],
    [thread(['customer', 'My order is late. Can you check where it is?']), false],
  ])('%j → %s', (ticket, fires) => {
    expect(firedIds([], ticket).includes('unresolved_complaint')).toBe(fires);
  });

  fireCases('integrity_concern', '', [
    // Honesty questioned in other words.
    [
      "The scoop holds far less than the label says and I'm starting to think that's deliberate.",
      true,
    ],
    [
      'One of your people says it shipped, another says it did not. Which of you is telling the truth?',
      true,
    ],
    ['Just be honest with me for once about where the order is.', true],
    ['Are you deleting the negative reviews? Mine never showed up.', true],
    ['The "upgrade" email is pure marketing spin.', true],
    ['Did you knowingly mislead your members about the serving size?', true],
    ['Those fake shipping updates have to stop.', true],
    ['No license under that name anywhere. What else on your site is made up?', true],
    ['I was told no restocking fee, then charged one. Was I lied to?', true],
    ['The panel online and the one on my bottle differ. Not sure which one to trust.', true],
    ['It makes me question the claim on your label.', true],
    ['You changed the rules after people earned the points without telling anyone.', true],
    // Near misses: a thing lying somewhere, a courier's lie, a customer's own slip, spam.
    ['The parcel was lying in the rain all day but the tubs are fine.', false],
    ['The courier clearly lied about knocking. Can you help me file a claim with them?', false],
    ['I lied on the quiz about my age by accident, can you fix my plan?', false],
    ['We are an agency that can remove negative reviews from your listings for a fee.', false],
  ]);

  fireCases('legal_threat', '', [
    ["My cousin is a litigator and I'm sending her every email you've sent.", true],
    ['Next stop is the tribunal if this is not refunded.', true],
    ['I have an appointment with a personal injury firm about the burns.', true],
    ['My legal insurance will be in touch.', true],
    ['I have filed a claim in small claims court; you will be served next week.', true],
    ['I am ready to take legal steps over the $150.', true],
    ["I'll hand the doctor's notes to my lawyer.", true],
    ['I am taking a case against your company for this.', true],
    // Near misses: a customer who works at a law firm, an address at one.
    ['Please ship to my office at Baker & Lane LLP, I am a litigation attorney there.', false],
    ['Can you deliver to the law firm where I work? Reception signs for parcels.', false],
  ]);

  fireCases('review_threat', '', [
    ['Enjoy your new star rating on Yelp.', true],
    ['The subreddit is going to love this. Screenshots are saved.', true],
    ['I will write on the internet so everybody knows.', true],
    ['Want me to tag you on TikTok with the unboxing? Because I will.', true],
    ['You were getting five stars. Now you are getting one star.', true],
    ['I will warn people on Trustpilot about this.', true],
    ['Your Facebook page is going to be very busy tomorrow.', true],
    ['My followers will hear about this.', true],
    ['I will tell my whole gym not to buy from you.', true],
    ['My video about this already has 10k views.', true],
    ['Fix it or I post about it.', true],
    // Near misses: a review to edit after praise, a sister's hypothetical.
    ['I loved the new flavour and want to update my old review to five stars.', false],
    ['Please resend the missing tub, thanks!', false],
  ]);

  test.each<[Partial<NormalizedTicket>, boolean]>([
    [
      thread([
        'customer',
        'Could someone from your science team tell me if I can double the dose?',
      ]),
      true,
    ],
    [thread(['customer', 'Please escalate my question to your medical team.']), true],
    [
      thread([
        'customer',
        'I want a straight medical answer on whether it is safe with my pacemaker.',
      ]),
      true,
    ],
    [
      thread([
        'customer',
        "My daughter says I must ask the company doctor first. What is the doctor's number?",
      ]),
      true,
    ],
    [
      thread([
        'customer',
        'I would like to ask the formulator directly whether it is safe in pregnancy.',
      ]),
      true,
    ],
    [thread(['customer', 'Escalate me to whoever can tell me if it is safe.']), true],
    [
      thread([
        'note',
        'Caller says her oncologist told her to ask the manufacturer and wants a qualified person from our side to call.',
      ]),
      true,
    ],
    [
      thread(
        ['customer', 'Is the sleep blend safe with my apnea?'],
        ['agent', 'We recommend speaking with your specialist before starting it.'],
        ['customer', 'I want a yes or no from someone medically trained at your company.'],
      ),
      true,
    ],
    // Near misses: a formulation question about a batch, a dietitian-designed plan, the answer taken.
    [thread(['customer', 'Could your formulation team check why this batch is darker?']), false],
    [
      thread(
        ['customer', 'Is it safe with my blood pressure pills?'],
        ['agent', 'Please check with your doctor before use.'],
        ['customer', "Thanks, I'll ask my doctor on Monday."],
      ),
      false,
    ],
  ])('%j → %s', (ticket, fires) => {
    expect(firedIds([], ticket).includes('medical_escalation')).toBe(fires);
  });

  fireCases('severe_quality_complaint', '', [
    ['Every tub smells like a wet basement. I am livid.', true],
    ['It pours like wet concrete and I am seething.', true],
    ['Black specks and a burnt smell in all six bottles. I am genuinely outraged.', true],
    ['Absolutely disgusting. Hair in the powder and $90 down the drain.', true],
    ['The whole shipment is unusable, every bag split. I am incredibly angry.', true],
    ['Half air, half clumps, and it made me gag. Furious.', true],
    [
      'The capsules crumble in my hand and the powder is gray instead of yellow. Seriously done with this.',
      true,
    ],
    // Near misses: anger without a quality complaint, a quality note without anger.
    ['I am livid that the courier left it in the rain, but the tubs are fine.', false],
    ['The new batch is a little darker than usual. Is that normal?', false],
  ]);
});

describe('probes-i and probes-j families (second-language and phone writing, threads and call notes)', () => {
  fireCases('medical_escalation', 'medical_escalation', [
    // A medical professional asked for, in any words.
    ['Can the greens interact with my warfarin? I need a health professional to confirm.', true],
    ['Who on your team is a pharmacist? I have a question about my insulin.', true],
    ['Please connect me to your nurse line, I will not pay a copay for this.', true],
    ["I'm not calling my doctor for a vitamin question, just answer it.", true],
    ['Por favor, necesito hablar con un médico de la empresa sobre el omega.', true],
    ['I would appreciate a medically informed answer before my mother keeps taking it.', true],
    ['My question is for a pharmacist, not for customer service.', true],
    ['Daughter demands a medical opinion from your staff.', true],
    ['Please have a professional answer this, it is about my blood thinners.', true],
    ['Can you ask your health experts whether it is safe while pregnant?', true],
    // Near misses: the customer is the professional; the customer's own doctor; a plain question.
    ["I'm a nurse and I want to know how much vitamin K is in the greens.", false],
    ['I want to let you know my doctor said the magnesium is fine for me.', false],
    ['Is the creatine safe with kidney disease? I need to know before I start.', false],
    ["Thanks, I'll ask my doctor at my appointment on Friday.", false],
  ]);

  fireCases('review_threat', 'review_threat', [
    // A public venue, what will be put there, and that it is against the company.
    [
      'I have 40k followers on tiktok and i will make a video about this company if you dont refund me',
      true,
    ],
    ["posting it in every nextdoor and fb mom group i'm in if this isn't sorted", true],
    [
      'unless I receive the refund, my write-up about you goes live on the consumer complaints site Friday',
      true,
    ],
    ['keep ignoring me and see what happens to your star rating', true],
    ['bro refund me or im making a whole thread on X about how u scammed my membership', true],
    // Near misses: praise, a haul video, a five-star review, a switch of brands.
    ["My followers love your gummies, I'll make a video about them!", false],
    ["I'll leave a review on Amazon, five stars from me.", false],
    [
      "I'm an affiliate with 20k followers and I'm going to film a haul video when the order arrives.",
      false,
    ],
    ["I'm gonna do a story about my transformation on Instagram.", false],
    ['Saw your ad on facebook, going to make the switch from my old brand.', false],
  ]);

  fireCases('legal_threat', 'legal_threat', [
    // Legal steps in other words.
    ["if I don't get the money back by friday I'm going to file a law suit period", true],
    ['pls tell ur legal dept to expect papers from me', true],
    ['my cousin study law and we going to take legal step against your store', true],
    ['This is your final warning before I escalate this to litigation.', true],
    ['just refund me. kung hindi, I will bring this to court na talaga', true],
    ['Whatever. My attorney has all the receipts and will be filing on Monday.', true],
    ['ur company gonna get sued i swear', true],
    ['now i have a lawyer appointment on the 12th and i will bring all the emails', true],
    // Near misses: a lawyer's appointment about something else, a step taken by nobody.
    ['I have a lawyer appointment on the 12th for my house sale, can the box come before?', false],
    ["I'm not going to file a lawsuit, I just want my $40 back.", false],
  ]);

  fireCases('chargeback_threat', 'chargeback_threat', [
    // The issuer and what it will do, in other words.
    ['no refund by friday? then i will call Chase and take the money back', true],
    ['my credit union will handle getting this money back then', true],
    [
      'N:Member threatened to call Discover and flag every charge from TSM if the membership is not refunded.',
      true,
    ],
    ["ok then I'll let Visa decide who gets the money", true],
    ["give me my refund or i'll make Mastercard do it", true],
    // Near misses: the issuer named beside something else it does not do to us.
    ["I'd rather sort this out with you than have to involve my bank, so could you reship?", false],
    ['There is $132.40 on my Visa for orders I never placed. Can you stop them if you can?', false],
    ['I refuse to chase the courier myself, sort it out on your end.', false],
  ]);

  fireCases('supervisor_request', 'supervisor_request', [
    // Someone above the agent, in other words.
    ['put your team leader on the phone', true],
    ['can you pass me to your team lead? i know you cant approve it', true],
    ["i wanna talk to whoever's over you", true],
    ['i need a higher up. this is not something a front line rep can fix', true],
    ["I'd like to speak with whoever makes the policy then.", true],
    ["I'd like my complaint reviewed by a member of your leadership team", true],
    ['quiero hablar con el gerente por favor', true],
    // Near misses: the customer's own manager, the agent's offer noted, a senior discount.
    ["I'll ask my manager if I can get the HSA form signed.", false],
    ['Offered to transfer to a supervisor; caller declined, said the replacement is fine.', false],
    ['Can you give me the senior discount on this order?', false],
  ]);

  fireCases('unresolved_complaint', 'unresolved_complaint', [
    // The answer given named in the refusal itself, with no agent reply in the thread.
    ['that does not solve my problem, I still have a broken tub', true],
    ['wow thanks for the copy-paste answer. my order is STILL wrong', true],
    // Near misses: a first complaint with no answer to refuse, a solved problem.
    ['My order arrived late and that is not acceptable.', false],
    ['Thanks, the replacement solved my problem!', false],
  ]);

  test.each<[Partial<NormalizedTicket>, boolean]>([
    // Earlier refunds in other words: listed by month, date or order, counted with what they were
    // for, numbered, or "that makes four".
    [
      thread(
        ['customer', 'The vanilla tastes off, can I get my money back?'],
        ['note', 'Account history: credits back issued in March, June and September this year.'],
      ),
      true,
    ],
    [
      thread(['note', 'Reimbursed Jul 2, Aug 19 and Oct 30. Now wants money back for #45210.']),
      true,
    ],
    [
      thread([
        'note',
        'Previous reimbursements: #44010, #44388, #44901. Customer requests reimbursement on the turmeric.',
      ]),
      true,
    ],
    [
      thread([
        'customer',
        'You credited back my last three boxes. This one is crushed too, same again please.',
      ]),
      true,
    ],
    [thread(['note', 'Customer requests reimbursement #4 for this calendar year.']), true],
    [thread(['customer', 'Another refund please, this makes 5 total, I know.']), true],
    [
      thread(['customer', 'Money back for this one too please. Three before this, I counted.']),
      true,
    ],
    [
      thread([
        'customer',
        'Third reimbursement was processed Nov 1. The replacement leaks, may I get my money back on that too?',
      ]),
      true,
    ],
    // Near misses: refunds asked for and never made, not yet arrived, a thank-you, a count of days.
    [
      thread([
        'customer',
        'I asked for a refund three times in this thread and nobody has answered!',
      ]),
      false,
    ],
    [
      thread([
        'customer',
        'My three refunds from last month have not shown up yet. Can you check?',
      ]),
      false,
    ],
    [
      thread([
        'customer',
        "You refunded me three times this year and I'm not asking for anything else. Thanks!",
      ]),
      false,
    ],
    [
      thread([
        'customer',
        'I was refunded 3 days ago for the broken jar. Can you confirm the amount?',
      ]),
      false,
    ],
    [
      thread([
        'customer',
        'I want refunds for March, June and September, I cancelled in February.',
      ]),
      false,
    ],
  ])('repeat_refunds: %j → %s', (ticket, fires) => {
    expect(firedIds([], ticket).includes('repeat_refunds')).toBe(fires);
  });

  const COURIER = 'So sorry! Could you reach out to USPS first? They can often locate it.';
  test.each<[Partial<NormalizedTicket>, boolean]>([
    // The courier step refused in the reply to the agent who asked for it (NOW is Nov 23).
    [
      thread(
        ['customer', 'says dropped off, nothing here'],
        ['agent', COURIER],
        ['customer', 'nope not doing that, just resend'],
      ),
      true,
    ],
    [
      thread(
        ['customer', 'Order never came.'],
        ['agent', COURIER],
        ['customer', "I'd rather not deal with them, can you sort it?"],
      ),
      true,
    ],
    [
      thread(
        ['customer', "It's not here."],
        ['agent', COURIER],
        ['customer', "Can't you call them? I work two jobs."],
      ),
      true,
    ],
    // Delivered in other words, dates in digits or day first, units in other containers.
    [thread(['customer', 'Parcel shows dropped off on 9/11. Never came.']), true],
    [thread(['customer', 'marked as dropped off 11/10, its the 23rd, nothing']), true],
    [
      thread([
        'customer',
        'My parcel was recorded as dropped off on 8 November. I have not received it.',
      ]),
      true,
    ],
    [
      thread([
        'customer',
        'Order 46350 had 3 tins of the sleep formula and was shown as dropped off yesterday, though nothing came.',
      ]),
      true,
    ],
    [
      thread([
        'note',
        'Caller: bundle of 5 pre-workout tubs shows delivered to his mailroom. Mailroom has no record.',
      ]),
      true,
    ],
    // Near misses: the step taken, the parcel found, a status never shown, half a scoop.
    [
      thread(
        ['customer', 'Order never came.'],
        ['agent', COURIER],
        ['customer', "Okay, I'll call them now."],
      ),
      false,
    ],
    [
      thread([
        'customer',
        'It said delivered Nov 8 and I did get it eventually, the tracking was just weird.',
      ]),
      false,
    ],
    [
      thread(['customer', 'Stuck at the sorting facility since Nov 8 - it never said delivered.']),
      false,
    ],
    [
      thread([
        'customer',
        'Tracking says delivered yesterday but it is not here. I take 1/2 scoop a day so I am nearly out.',
      ]),
      false,
    ],
  ])('dnr_escalation: %j → %s', (ticket, fires) => {
    expect(firedIds([], ticket).includes('dnr_escalation')).toBe(fires);
  });

  fireCases('refund_over_threshold', 'refund_over_threshold', [
    // Amounts without their sign, and refunds asked in other words.
    ['i paid 219 for this and it does nothing. i want it all back', true],
    ['Customer asked us to credit back 289.00 to his Amex. Not open to store credit.', true],
    ["I'd honestly rather just have the entire 260 refunded and be done.", true],
    ['I would appreciate it if you could return the sum of USD 315 to my card.', true],
    ['pls refund 200$ thx', true],
    ['Asking for all $360 back for the annual membership she bought by mistake.', true],
    ['I want to send the whole lot back and be paid back the $256, please advise how.', true],
    ['Wants to return the Elite bundle and receive credit of $275 to her card.', true],
    // Near misses: the order's size beside a part asked back, a share, a refund already had, a
    // count or a year where an amount would sit.
    ['My order was $320 but I only want a refund for the one tub that was damaged, $45.', false],
    ['I want 15% of my $400 order back as the promo was not applied.', false],
    ['Thanks, I got the $310 refund yesterday. All good!', false],
    ['My friend got a $300 refund from you guys. Anyway, what flavors do you have?', false],
    ['I have been a member since 2019, please refund the last box.', false],
    ['I waited for 250 minutes on hold, just refund the shaker please.', false],
  ]);

  test.each<[Partial<NormalizedTicket>, boolean]>([
    // "Refund both" after the customer priced each order in the thread.
    [
      thread(
        ['customer', "Order #T-90301 ($120) has been stuck 'in transit' for 3 weeks."],
        ['agent', "I'm sorry. I've opened a claim with the carrier for #T-90301."],
        ['customer', 'Now #T-90344 ($95) is doing the same. At this point please refund both.'],
      ),
      true,
    ],
    [
      thread(
        ['customer', "Order #T-90301 ($60) has been stuck 'in transit' for 3 weeks."],
        ['agent', "I'm sorry. I've opened a claim with the carrier for #T-90301."],
        ['customer', 'Now #T-90344 ($95) is doing the same. At this point please refund both.'],
      ),
      false,
    ],
  ])('refund_over_threshold: %j → %s', (ticket, fires) => {
    expect(firedIds([], ticket).includes('refund_over_threshold')).toBe(fires);
  });

  fireCases(
    'subscription_refund_limit',
    'subscription_refund_limit',
    [
      // TSM billings asked back in other words (NOW is Nov 23).
      [
        "I've been paying $29.99 every month since April for an app I never opened. I want every one of those payments returned.",
        true,
      ],
      ["you've been taking 24.99 a month off me since march. i want all of it back", true],
      [
        "So the app's been charging me for a year and a half. I'd settle for the last 6 months back.",
        true,
      ],
      ['Can you please return the membership fees? Roughly June to October.', true],
      ['I want 8 months of refunds. I emailed to cancel in March, proof attached.', true],
      ['i paid 5 times for the membership and got nothing. those 5 back please', true],
      [
        'Member wants to be reimbursed for every month since March. Offered 1 month and cancellation, declined.',
        true,
      ],
      ["I'd like money back for the last half year of membership fees.", true],
      // Near misses: three months, one payment, a price and a single refund.
      [
        "I signed up in July and I've been charged $48 every month since. Can I have all five of those back? July through November.",
        true,
      ],
      [
        "Thanks for the call earlier. Just confirming, I'm asking for all ten membership payments.",
        true,
      ],
      ['I want the last 3 months of membership fees back.', false],
      ['My membership is $24.99 a month, please refund this month, I forgot to cancel.', false],
      ['I want every one of those payments returned, all three of them.', false],
    ],
    TSM,
  );
});

describe('blind19 and blind20 families (returns asked for, said calmly)', () => {
  const ORDER_312: Partial<NormalizedTicket> = {
    orders: [{ id: '#31101', total: 312, currency: 'USD', status: 'delivered' }],
  };
  fireCases(
    'refund_over_threshold',
    'refund_over_threshold, a 312-dollar order',
    [
      // A return asked for is a refund asked for: the order's total is what comes back.
      ['Could I please send back the six-month supply I ordered? It is still sealed.', true],
      ['hi can I return the whole bundle? it was not for me', true],
      ["I'd like to return them, all unopened.", true],
      ['Is it okay if I send them back? I over-ordered.', true],
      ['We want to ship everything back, please.', true],
      // Near misses: a return for something else, a question about the window.
      ['Could I send it back for a different flavor?', false],
      ['Can I return it and get the vanilla one instead?', false],
      ['Could I return this for store credit?', false],
      ['How many days do I have to send back an unopened bottle?', false],
    ],
    { ...HB, ...ORDER_312 },
  );

  test.each<[string, number, boolean]>([
    [
      "hey can I return the collagen? didn't love it. I know I've done a bunch of returns lol",
      5,
      true,
    ],
    ['Could I return the greens too? Sorry to ask again.', 4, true],
    ['Could I return the greens? Sorry, first time.', 1, false],
    ['Could I return the greens for the berry flavour instead?', 5, false],
  ])('repeat_refunds with prior refunds on file: %s (%i) → %s', (text, priorRefunds, fires) => {
    const customer = { name: 'A', email: 'a@b.c', priorRefunds };
    expect(firedIds(text, { ...HB, customer }).includes('repeat_refunds')).toBe(fires);
  });

  fireCases('legal_threat', 'legal_threat', [
    // Legal action in other words: counsel for a client, evidence kept for a lawyer, the next
    // message from one, a court that orders it, a judge to explain it to, a lawyer in the family
    // reading the emails.
    ['I am counsel for Ms. Reyes regarding the burn she suffered from your heating pad.', true],
    ["I'm keeping every email for my attorney.", true],
    ['Your next letter will come from my lawyer.', true],
    ['This is going straight to my lawyer.', true],
    ['Pay me back or a judge orders you to, your call.', true],
    ['Next stop is small claims.', true],
    ['You can explain that to a judge.', true],
    [
      "I've asked my nephew, who is an attorney, to look over these emails and tell me my options.",
      true,
    ],
    ["i'm forwarding this to a consumer rights lawyer tonight", true],
    // Near misses: someone else sued, a lawyer in the family asking a product question, a plan.
    ["I'm suing my landlord, so please ship to my office instead.", false],
    ['My daughter is an attorney and she asked me whether the creatine has fillers.', false],
    ['We need a contingency plan if the parcel is late.', false],
  ]);

  fireCases(
    'refund_over_threshold',
    'refund_over_threshold, money in words',
    [
      // Amounts said in words, and asks in other words.
      ['I spent two hundred and forty on the stack and I want my money back.', true],
      ['paid three-ten for the bundle. refund please', true],
      ['half a grand on coaching that never happened. I want it back.', true],
      ['two tubs at a hundred and five each, both clumped, refund both', true],
      ['Return of funds requested: 212.40 for order #31888.', true],
      ['The full two-twenty back to my Visa, please.', true],
      // Near misses: a small difference asked back, a count, a time.
      [
        'The price dropped from $230 to $190 the next day, could you refund the forty dollar difference?',
        false,
      ],
      ["I've asked a hundred times, please refund the $30 shaker.", false],
      ['I called at two thirty about a refund of the $45 tub.', false],
    ],
    HB,
  );

  fireCases(
    'repeat_refunds',
    'repeat_refunds in other words',
    [
      // Earlier refunds said in other words, counted, and another asked for.
      ['You reversed the charge for me three other times. Please refund this one as well.', true],
      ['Half a dozen times now you have put money back on my card. Refund this one too.', true],
      ['Thrice reimbursed already. Please refund the magnesium.', true],
      [
        'Each of my last three deliveries ended in a refund, and I need a refund for this one.',
        true,
      ],
      ['Refunded: 4. I want a refund for #20991 as well.', true],
      // Near misses: asked for several times, never paid; a first refund; orders, not refunds.
      ["I've asked three times for my money back and nothing has come. Please refund it.", false],
      ["This is my first time asking for a refund, even though I've ordered three times.", false],
    ],
    HB,
  );

  fireCases(
    'unresolved_complaint',
    'unresolved_complaint, described',
    [
      // An answer already given, refused in other words, with no agent reply in the thread.
      ['I got an answer yesterday. Is anyone actually reading what I write?', true],
      ['Like you said, I cleared the cache. Still does not work.', true],
      ['My ticket was marked resolved. It is not, the lid is still cracked.', true],
      ['Thank you for answer but I am not agree with this decision.', true],
      ['Your reply has nothing to do with what I asked.', true],
      ['I was misled by your own staff about the return window.', true],
      // Near misses: a second failure of the product, the same reply described, a thanks.
      ['This is the second time the gummies arrived melted. Please replace them.', false],
      ['I emailed twice and got the same reply about carrier delays. Any news?', false],
      ['Thanks for the quick reply, that fixed it!', false],
    ],
    HB,
  );

  fireCases(
    'fraud_accusation',
    'fraud_accusation, described',
    [
      // Fraud said in other words.
      ['You charged my card and never shipped. We call that stealing.', true],
      ["Keeping a paused member's money is theft, plain and simple.", true],
      ["You're scamming seniors with that free trial.", true],
      ['Caller says we doctored the order history to hide her cancellation.', true],
      ['This whole checkout is a trap designed to bleed your card dry.', true],
      // Near misses: another brand, a fear taken back, a question about fakes, praise.
      ['That other brand is a total scam, which is why I buy from you now.', false],
      ['Earlier I said this was a scam, sorry, the parcel turned up. All good.', false],
      ['Do your bottles have anti-counterfeit seals?', false],
      ["At these prices you're robbing yourselves!", false],
    ],
    HB,
  );

  fireCases(
    'integrity_concern',
    'integrity_concern, described',
    [
      // Dishonesty described, not named.
      ['The seal was already broken. Do you reseal returns and send them out as new?', true],
      ['A new date sticker is stuck over the old one. Why would you cover that up?', true],
      ['The tablets look different and you kept the same label to hide it, I think.', true],
      ['Either the banner is a lie or your checkout is.', true],
      ['Caller thinks we are making stuff up about the carrier return.', true],
      // Near misses: other brands, a pet, a quality complaint.
      ["Other brands' ads are so misleading, yours lists the doses.", false],
      ['My cat is very sneaky, she opened the bag.', false],
      [
        'The powder is rancid and hard as cement. How is this allowed to leave your warehouse?',
        false,
      ],
    ],
    HB,
  );

  fireCases(
    'review_threat',
    'review_threat, places said by name',
    [
      // A public audience and what it will hear, in other words.
      ['Sitejabber is going to get the whole story if nobody calls me back.', true],
      ['Screenshots of this chat are going on my Insta story tonight.', true],
      ['Ignore me again and the whole chat goes on the internet so people can judge.', true],
      ["Fix this or I'm leaving a scathing review on Google Maps.", true],
      // Near misses: word of mouth at home, praise, a review box not found.
      ["I'm telling my whole family not to bother with the mint flavour.", false],
      ["I'll be telling all my friends how good this collagen is!", false],
      ["I wanted to leave a review but can't find where on the product page.", false],
    ],
    HB,
  );

  fireCases(
    'abusive_language',
    'abusive_language',
    [
      // Insults in other words, and profanity glued into a misspelt word.
      ['Incompetent clowns, the lot of you.', true],
      ['are you thick? I said cancel', true],
      ['You people are a disgrace.', true],
      ['can i see the fuckig fee', true],
      ['this shitty app again', true],
      // Near misses: a mushroom, a drink, a shop, a rooster, a mess made by a dog, praise.
      ['Is there shiitake in the greens blend?', false],
      ['We had cocktails with the gummies at the party.', false],
      ["Please ship to Dick's Sporting Goods, store pickup.", false],
      ['Cock-a-doodle-doo! That is my rooster. Order status?', false],
      ['The box was a bloody mess, my dog chewed it, haha. Product is fine.', false],
      ['Kick-ass flavour, please make it permanent.', false],
    ],
    HB,
  );

  fireCases(
    'chargeback_threat',
    'chargeback_threat in other words',
    [
      // The bank asked to take it back, in other words.
      ['No refund by Friday, then I go to my bank and they take the money back.', true],
      ['Chase sided with me, so please close my account.', true],
      ["Fine, I'll dispute it then.", true],
      ['The fraud team at Amex will handle this from here.', true],
      [
        "I'd rather settle this with you, but if I hear nothing by Monday I'll ask Visa to reverse it.",
        true,
      ],
      // Near misses: the bank asked about a refund's timing, a dispute withdrawn, a friend's idea,
      // a call once meant and dropped.
      ['I called my bank and they said the refund should post in 2-3 days. Thanks!', false],
      ['I called my bank and cancelled the dispute since you sent the refund.', false],
      ["My friend told me to just do a chargeback but I'd rather sort it with you.", false],
      ['I was about to call my bank but then I saw your refund email.', false],
    ],
    HB,
  );

  fireCases(
    'dnr_escalation',
    'dnr_escalation, the courier step refused',
    [
      // The courier step refused in other words, on a parcel shown delivered and not received.
      [
        "Tracking says delivered but it isn't here. I'm not going to chase down the driver, just resend.",
        true,
      ],
      ['pkg says deliverd, its not here. i aint calling fedex. ship another', true],
      [
        'It shows delivered and nothing came. Calling the carrier is a waste of time, please reship.',
        true,
      ],
      [
        'Caller says delivered per tracking, not received. Offered a UPS trace and she declined.',
        true,
      ],
      // Near misses: the customer will call, or the parcel turned up.
      [
        "Tracking says delivered but it isn't here. I'll call UPS this afternoon and let you know.",
        false,
      ],
    ],
    HB,
  );

  fireCases(
    'medical_escalation',
    'medical_escalation, the company professional',
    [
      // A medical professional of the company's, asked for in other words.
      ['Have your chief medical officer email me about the stimulant and my arrhythmia.', true],
      ['Do you guys have a pharmacist I can ask about the greens and warfarin?', true],
      ['I need talk to doctor of company about this pill and my heart.', true],
      ['A doctor or nurse please, this is a health question.', true],
      // Near misses: the customer's own care, a plain question.
      ['My doctor at the clinic said the magnesium is fine.', false],
      ['I saw a doctor and a nurse at urgent care for the rash.', false],
    ],
    HB,
  );

  fireCases(
    'supervisor_request',
    'supervisor_request in other words',
    [
      // Someone higher, asked for in other words.
      ['Can you get the person you report to on the phone?', true],
      ['Kick this upstairs, would you?', true],
      ['Put me through to a higher-up, please.', true],
      ['I need someone who can approve it.', true],
      ['Can I get your line manager?', true],
      // Near misses: the agent's own promise recalled, a note about the team's lead.
      ["You said last time you'd ask your team lead. Did she approve the exchange?", false],
    ],
    HB,
  );
});

describe('blind21 and blind22 families', () => {
  test.each<[string, string[], boolean]>([
    // A threat taken back in a later message, or later in a note, does not fire.
    [
      'chargeback_threat',
      [
        "I'd like the $42 back. If I'm stuck with this charge I'll have my bank pull it back.",
        'Saw the refund pending, thank you. Forget what I said about the bank, long day.',
      ],
      false,
    ],
    [
      'chargeback_threat',
      [
        "Call with Sheila. She was about to call her bank to dispute it. I confirmed the refund. She said that's fine, she won't be disputing anything now.",
      ],
      false,
    ],
    [
      'review_threat',
      [
        "If this ends up at my old place I'm going straight to Google reviews about it.",
        'Ok wow, that was fast. Consider the Google review threat officially cancelled lol.',
      ],
      false,
    ],
    [
      'legal_threat',
      [
        'My lawyer will be in touch about this.',
        'Sorry for the threat about a lawyer, I was angry.',
      ],
      false,
    ],
    // Made again after it was taken back, or the withdrawal itself negated: the threat stands.
    [
      'chargeback_threat',
      [
        'I will call my bank and dispute this.',
        'Forget what I said about the bank. Actually no, I am disputing it with my bank today.',
      ],
      true,
    ],
    [
      'chargeback_threat',
      [
        'I will call my bank and dispute this.',
        "I won't forget what I said about the bank, you'll hear from them.",
      ],
      true,
    ],
    // A withdrawal that comes before the threat takes nothing back.
    [
      'review_threat',
      [
        'Consider my Google review threat cancelled, thanks for the refund.',
        'Now the reorder is broken too. I am posting a one star review on Google tonight.',
      ],
      true,
    ],
  ])('%s taken back: %j → %s', (id, messages, fires) => {
    const ids = firedIds(messages);
    expect(ids.includes(id)).toBe(fires);
    // The withdrawn bank threat's words are no contested charge either.
    if (id === 'chargeback_threat' && !fires) expect(ids).not.toContain('payment_dispute');
  });
  test.each<[string, string, boolean]>([
    // Profanity in praise is not abuse (blind21).
    ['abusive_language', 'The bars are so good and you guys fucking rock.', false],
    [
      'abusive_language',
      'Holy shit you guys, two weeks on the greens and I have so much damn energy.',
      false,
    ],
    ['abusive_language', 'You guys fucking suck, where is my order?', true],
    // Family taking one's share; a marketplace's fakes given as why one buys direct (blind21).
    ['fraud_accusation', 'Can you add a second tub? My wife is stealing mine.', false],
    [
      'fraud_accusation',
      'Amazon has a lot of knockoff supplements, so I only buy direct from your site now.',
      false,
    ],
    ['fraud_accusation', 'The collagen you sent me is a knockoff, the label is misspelled.', true],
  ])('%s: %s → %s', (id, text, fires) => {
    expect(firedIds(text).includes(id)).toBe(fires);
  });
  test.each<[string[], boolean]>([
    // The offer refused in other words, an agent who did not read, a callback promised many times.
    [
      [
        'My Greens arrived with the seal broken.',
        "I'm sorry! I've set up a replacement tub to ship tomorrow.",
        "I appreciate it but a replacement isn't what I want. I'd rather have my $46 back.",
      ],
      true,
    ],
    [
      [
        'I asked to exchange the chocolate for vanilla and got a refund instead.',
        "I'm sorry for the mix-up. I'll look into this right away.",
        "Don't 'look into it'. Fix it.",
      ],
      true,
    ],
    [['Kevin sent me a return label for a flavor swap. Did Kevin even read my email?'], true],
    [['I was promised a callback three times about my missing points. No one called.'], true],
    [
      [
        'I cancelled within an hour and it still shipped?',
        'It was picked before the cancellation came through. I can email you a return label.',
        "No. I'm not dealing with a return for something I cancelled.",
      ],
      true,
    ],
    // Near misses: the offer taken, what the customer wants said before any offer.
    [
      [
        'My Greens arrived with the seal broken.',
        "I'm sorry! I've set up a replacement tub to ship tomorrow.",
        'That works for me, thanks!',
      ],
      false,
    ],
  ])('unresolved_complaint, the offer refused: %j → %s', (rows, fires) => {
    const roles = ['customer', 'agent'] as const;
    const ticket = thread(
      ...rows.map((body, i) => [roles[i % 2]!, body] as [(typeof roles)[number], string]),
    );
    expect(firedIds([], ticket).includes('unresolved_complaint')).toBe(fires);
  });
  test.each<[string, string, boolean]>([
    // Billings asked back as a whole, a plan billed monthly, months priced one by one (blind21).
    [
      'subscription_refund_limit',
      "We've billed her $29 every month since, April through January = 10 charges, $290. She wants all of it returned.",
      true,
    ],
    [
      'refund_over_threshold',
      "We've billed her $29 every month since, April through January = 10 charges, $290. She wants all of it returned.",
      true,
    ],
    [
      'subscription_refund_limit',
      'I paused my training plan in my head but not in the app. Can you refund the last 4 months? They are $29 each.',
      true,
    ],
    // Near misses: three months, the price of items, not months.
    [
      'subscription_refund_limit',
      'I paused my training plan in my head but not in the app. Can you refund the last 3 months? They are $29 each.',
      false,
    ],
    ['subscription_refund_limit', 'Can you refund the 4 shakers? They were $29 each.', false],
  ])('%s: %s → %s', (id, text, fires) => {
    expect(firedIds(text, TSM).includes(id)).toBe(fires);
  });
  test.each<[string, boolean | undefined, boolean]>([
    // The agent's fact that the customer declined the courier step confirms the situation.
    [
      'Customer called about #T-40391, delivered Nov 22. Offered courier-contact steps.',
      true,
      true,
    ],
    ['Can you also tell me when the next Greens flavor drop is?', true, true],
    // Without the fact, nothing here says the parcel never came.
    [
      'Customer called about #T-40391, delivered Nov 22. Offered courier-contact steps.',
      undefined,
      false,
    ],
    [
      'Customer called about #T-40391, delivered Nov 22. Offered courier-contact steps.',
      false,
      false,
    ],
  ])('dnr_escalation from facts.customerDeclinedCourier: %s (%s) → %s', (body, declined, fires) => {
    const facts = declined === undefined ? {} : { facts: { customerDeclinedCourier: declined } };
    expect(firedIds([], { ...thread(['note', body]), ...facts }).includes('dnr_escalation')).toBe(
      fires,
    );
  });
  test.each<[Partial<NormalizedTicket>, boolean]>([
    // A refusal that names nothing declines the courier step only where the courier is in view.
    [
      thread(
        ['customer', 'my collagen jar came completely smashed'],
        ['agent', 'Oh no! Could you send a photo of the box and jar?'],
        [
          'customer',
          "i already sent pics on sunday and nobody answered. i'm not doing this again.",
        ],
      ),
      false,
    ],
    [
      thread(
        ['customer', 'Tracking says delivered but nothing came.'],
        ['agent', 'Could you contact UPS and open a claim?'],
        ['customer', "I'm not doing that, please just resend it."],
      ),
      true,
    ],
    [
      thread(
        ['customer', 'says delivered. not here'],
        ['customer', 'no im not calling them, you call them'],
      ),
      true,
    ],
  ])('dnr_escalation, a refusal with the courier in view: %j → %s', (ticket, fires) => {
    const orders = [{ id: '#1', status: 'delivered', items: [{ name: 'Collagen', quantity: 1 }] }];
    expect(firedIds([], { ...ticket, orders }).includes('dnr_escalation')).toBe(fires);
  });
  test.each<[string, string, boolean]>([
    // Counterfeit described; treatment in other words; someone in charge; a deliberate practice;
    // an invoice twice and a fee never agreed to (blind21, blind22).
    [
      'fraud_accusation',
      "She is convinced they aren't the real thing and asked if someone swapped the product.",
      true,
    ],
    [
      'fraud_accusation',
      'The vanilla is not the real thing, it tastes of nothing like vanilla beans? Just curious.',
      true,
    ],
    [
      'adverse_reaction_medical',
      "The detox tea gave me awful cramps. Ended up seeing my gp and she's got me on something for my stomach now.",
      true,
    ],
    [
      'supervisor_request',
      'You people are useless, let me talk to whoever actually runs things there.',
      true,
    ],
    [
      'integrity_concern',
      'My card got hit three times. Your checkout clearly does this on purpose.',
      true,
    ],
    [
      'payment_dispute',
      'They were invoiced twice for PO 5531 ($1,840 each) and paid the first one.',
      true,
    ],
    ['payment_dispute', 'Our last invoice has a $140 restocking fee I never agreed to.', true],
    // Near misses: lawyers as what people online say, a shipping question, praise posted, being
    // treated as a liar.
    [
      'legal_threat',
      "People online say you have to threaten to get a lawyer to get a refund. I don't want to go there.",
      false,
    ],
    [
      'drop_shipping_concern',
      'Do you ship from your own warehouse? It is a gift for my dad.',
      false,
    ],
    [
      'review_threat',
      "I just left you guys a 5-star review on Google and I'll be posting my 90-day results on Instagram!",
      false,
    ],
    ['integrity_concern', "She kept asking if I was sure it came broken, like I'm lying.", false],
    [
      'supervisor_request',
      'The gateway asked us to talk to whoever owns the merchant account.',
      false,
    ],
  ])('%s: %s → %s', (id, text, fires) => {
    expect(firedIds(text, HB).includes(id)).toBe(fires);
  });
  test.each<[string, boolean]>([
    // A label created 5+ days ago is its own level-3 matter; fewer days stated is a status question.
    ["My tracking has said 'label created' for 8 days now. Is it lost?", true],
    ['The label was created on November 10 and nothing since.', true],
    ['Tracking just says label created. Any update?', true],
    ["My tracking has said 'label created' since Sunday (4 days). Is that normal?", false],
  ])('shipping.label_created_stalled needs 5 days: %s → %s', (text, stalled) => {
    const result = evaluateMessages(text);
    expect(result.category?.id === 'shipping.label_created_stalled').toBe(stalled);
  });
  test.each<[string, string]>([
    // Categories in other words (blind21): a gift card not showing, plain feedback, a directory scam.
    [
      "The $50 gift card my wife bought me at Christmas still isn't showing anywhere.",
      'billing.gift_card_not_found',
    ],
    [
      'Not a complaint really, just feedback: the new vanilla is a bit grittier. Might be worth passing on to whoever does the recipes.',
      'marketing.brand_feedback',
    ],
    [
      'FINAL NOTICE. Your brand name is not listed in the Global Trademark Directory. Register today for only $1,290.',
      'lead.spam',
    ],
  ])('category: %s → %s', (text, id) => {
    expect(evaluateMessages(text).category?.id).toBe(id);
  });
  test.each<[string, string[], boolean]>([
    // How people really type it (probes-m).
    ['supervisor_request', ['MANAGER.', 'NOW.'], true],
    ['supervisor_request', ['this is ridiculous', 'supervisor'], true],
    [
      'supervisor_request',
      ['My manager at work said your protein is good. Which flavor is best?'],
      false,
    ],
    ['refund_over_threshold', ['cx req full rfnd on #61004 ($215). adv needs TL approval'], true],
    ['refund_over_threshold', ['the refund of $310 showed up today, thanks so much!'], false],
    [
      'refund_over_threshold',
      ['I was going to ask for a refund of the $260 but honestly the exchange works better'],
      false,
    ],
    ['chargeback_threat', ['call my bank and have them pull it back'], true],
    ['chargeback_threat', ['chargeback incoming'], true],
    ['chargeback_threat', ['im going to call mastercard and tell them i never got anything'], true],
    [
      'chargeback_threat',
      ['ignore what i said earlier about calling my bank, the replacement came today'],
      false,
    ],
    [
      'chargeback_threat',
      ['i called my bank and they confirmed the refund posted, all good now'],
      false,
    ],
    [
      'chargeback_threat',
      ['A friend mentioned chargebacks take ages, is that true for your store?'],
      false,
    ],
    [
      'unresolved_complaint',
      ['the chat guy just kept saying sorry like 10 times and didnt help me at all'],
      true,
    ],
    [
      'unresolved_complaint',
      ['Whoever Jess is needs some training. She answered a completely different question.'],
      true,
    ],
    [
      'unresolved_complaint',
      ['I did not appreciate the sarcastic tone of the reply I got yesterday.'],
      true,
    ],
    [
      'unresolved_complaint',
      ["This is the third time I'm writing. The label was made on the 19th."],
      false,
    ],
  ])('%s typed as people type: %j → %s', (id, messages, fires) => {
    expect(firedIds(messages).includes(id)).toBe(fires);
  });

  test.each<[string[], boolean]>([
    [['We can offer a store credit of $25.', 'no.'], true],
    [
      [
        'Your replacement is on the way!',
        'mate the replacement is the wrong flavour. second time now. this isnt sorted',
      ],
      true,
    ],
    [['All fixed, the blue one is on its way!', 'stop saying its fixed'], true],
    [['We can offer a store credit of $25.', 'ok thanks!'], false],
  ])('unresolved_complaint after the agent, typed as people type: %j → %s', (rows, fires) => {
    const ticket = thread(['agent', rows[0]!], ['customer', rows[1]!]);
    expect(firedIds([], ticket).includes('unresolved_complaint')).toBe(fires);
  });
});
