/**
 * Regenerates the seed's illustrations (images/*.jpg) and decision documents (documents/*.pdf).
 * The output is committed; run this only to change them:  npx tsx cms/seed/generate-assets.ts
 *
 * The illustrations are flat SVG scenes rasterised with sharp (already installed as Strapi's
 * image library), small on purpose: the demo must stay light in git. The PDFs are written by hand
 * (one page, built-in Helvetica) so no PDF library is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

// cms/ is a CommonJS package, so __dirname is available.
const here = __dirname;
const WIDTH = 800;
const HEIGHT = 450;

const sky = (top: string, bottom: string) => `
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>`;

const tree = (x: number, y: number, scale = 1, leaf = '#3f8f4f') => `
  <rect x="${x - 6 * scale}" y="${y - 10 * scale}" width="${12 * scale}" height="${50 * scale}" fill="#6b4a2f"/>
  <circle cx="${x}" cy="${y - 30 * scale}" r="${34 * scale}" fill="${leaf}"/>
  <circle cx="${x - 22 * scale}" cy="${y - 12 * scale}" r="${22 * scale}" fill="${leaf}"/>
  <circle cx="${x + 24 * scale}" cy="${y - 14 * scale}" r="${24 * scale}" fill="${leaf}"/>`;

const person = (x: number, y: number, colour: string) => `
  <circle cx="${x}" cy="${y - 58}" r="13" fill="#e8b48a"/>
  <rect x="${x - 14}" y="${y - 44}" width="28" height="44" rx="12" fill="${colour}"/>`;

const wheel = (x: number, y: number) =>
  `<circle cx="${x}" cy="${y}" r="26" fill="none" stroke="#263238" stroke-width="6"/>`;

/** One scene per seeded subject; distinct colours so the cards are told apart at a glance. */
const scenes: Record<string, string> = {
  // Kerkstraat: the church tower above a street under works
  'kerkstraat.jpg': `${sky('#9ecbf0', '#e6f2fb')}
    <rect x="330" y="60" width="90" height="260" fill="#b9a48c"/><polygon points="330,60 375,0 420,60" fill="#7d6a55"/>
    <rect x="360" y="110" width="30" height="44" rx="15" fill="#5d4b3a"/>
    <rect x="0" y="250" width="320" height="90" fill="#d9c7b0"/><rect x="430" y="240" width="370" height="100" fill="#c9b59b"/>
    <rect x="0" y="330" width="${WIDTH}" height="120" fill="#5f6368"/>
    <rect x="0" y="385" width="${WIDTH}" height="8" fill="#f5f5f5" stroke-dasharray="40 30" stroke="#5f6368" stroke-width="8"/>
    ${[120, 300, 480, 660].map((x) => `<polygon points="${x},430 ${x + 18},370 ${x + 36},430" fill="#f57c00"/><rect x="${x + 8}" y="392" width="20" height="8" fill="#fff"/>`).join('')}
    <rect x="200" y="300" width="400" height="26" fill="#fff"/>
    ${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<rect x="${200 + i * 50}" y="300" width="25" height="26" fill="#d32f2f"/>`).join('')}`,

  // Stedelijk museum: a classical facade with a framed painting
  'museum.jpg': `${sky('#f3d9c4', '#fbeee4')}
    <rect x="140" y="150" width="520" height="230" fill="#efe6da"/>
    <polygon points="120,150 400,60 680,150" fill="#d8c8b4"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${170 + i * 90}" y="170" width="34" height="200" fill="#fffaf2"/>`).join('')}
    <rect x="110" y="380" width="580" height="24" fill="#cdbba5"/><rect x="0" y="404" width="${WIDTH}" height="46" fill="#8d9c7a"/>
    <rect x="330" y="230" width="140" height="100" fill="#8e5b3f"/><rect x="342" y="242" width="116" height="76" fill="#3b6ea5"/>
    <circle cx="420" cy="270" r="16" fill="#f4c430"/><polygon points="342,318 390,270 430,318" fill="#2e7d32"/>`,

  // Bibliotheek: shelves of coloured books
  'bibliotheek.jpg': `<rect width="${WIDTH}" height="${HEIGHT}" fill="#f6efe3"/>
    ${[0, 1, 2]
      .map(
        (row) =>
          `<rect x="60" y="${120 + row * 110}" width="680" height="12" fill="#8d6e63"/>` +
          Array.from({ length: 22 }, (_, i) => {
            const colours = ['#c62828', '#1565c0', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f', '#ef6c00'];
            const h = 60 + ((i * 37 + row * 11) % 35);
            return `<rect x="${70 + i * 30}" y="${120 + row * 110 - h}" width="24" height="${h}" fill="${colours[(i + row) % colours.length]}"/>`;
          }).join(''),
      )
      .join('')}
    <rect x="0" y="400" width="${WIDTH}" height="50" fill="#a1887f"/>`,

  // Speelplein: slide, swing and sand
  'speelplein.jpg': `${sky('#8fd3f4', '#d4f1fb')}
    <circle cx="680" cy="80" r="44" fill="#ffd54f"/>
    <rect x="0" y="330" width="${WIDTH}" height="120" fill="#7cb342"/><ellipse cx="560" cy="390" rx="170" ry="36" fill="#f3d98b"/>
    <rect x="120" y="170" width="12" height="170" fill="#455a64"/><rect x="220" y="170" width="12" height="170" fill="#455a64"/>
    <rect x="110" y="160" width="134" height="16" fill="#e53935"/><polygon points="232,180 380,330 360,340 220,200" fill="#1e88e5"/>
    <line x1="470" y1="140" x2="470" y2="330" stroke="#6d4c41" stroke-width="10"/><line x1="650" y1="140" x2="650" y2="330" stroke="#6d4c41" stroke-width="10"/>
    <line x1="460" y1="140" x2="660" y2="140" stroke="#6d4c41" stroke-width="12"/>
    <line x1="530" y1="140" x2="530" y2="270" stroke="#424242" stroke-width="3"/><line x1="590" y1="140" x2="590" y2="270" stroke="#424242" stroke-width="3"/>
    <rect x="520" y="268" width="80" height="10" fill="#fb8c00"/>`,

  // Fietsroute langs de Durme: river, path and a bicycle
  'fietsroute.jpg': `${sky('#b3e5fc', '#e1f5fe')}
    <rect x="0" y="240" width="${WIDTH}" height="210" fill="#9ccc65"/>
    <path d="M0 300 C 200 260, 420 340, ${WIDTH} 290 L ${WIDTH} 340 C 420 390, 200 310, 0 350 Z" fill="#4fc3f7"/>
    <path d="M0 410 C 260 370, 520 430, ${WIDTH} 390 L ${WIDTH} 430 C 520 470, 260 410, 0 450 Z" fill="#d7ccc8"/>
    ${tree(90, 250, 0.9)}${tree(700, 240, 1.1)}${tree(560, 250, 0.7, '#558b2f')}
    ${wheel(330, 390)}${wheel(440, 390)}
    <polyline points="330,390 370,340 420,340 440,390 385,390 370,340" fill="none" stroke="#d32f2f" stroke-width="6"/>
    <line x1="420" y1="340" x2="415" y2="322" stroke="#263238" stroke-width="6"/>`,

  // Meest Verdienstelijke Lokeraar: a medal with ribbons
  'mvl.jpg': `<rect width="${WIDTH}" height="${HEIGHT}" fill="#20315c"/>
    ${Array.from({ length: 14 }, (_, i) => `<circle cx="${(i * 137) % WIDTH}" cy="${((i * 71) % 200) + 20}" r="${(i % 3) + 2}" fill="#fff3c4"/>`).join('')}
    <polygon points="340,90 400,250 460,90" fill="#c62828"/><polygon points="370,90 400,170 430,90" fill="#fff"/>
    <circle cx="400" cy="290" r="96" fill="#f9a825"/><circle cx="400" cy="290" r="74" fill="#fbc02d"/>
    <polygon points="400,230 416,272 460,272 424,298 438,340 400,314 362,340 376,298 340,272 384,272" fill="#fff8e1"/>`,

  // Parkeerplan binnenstad: a P sign and parked cars
  'parkeren.jpg': `<rect width="${WIDTH}" height="${HEIGHT}" fill="#cfd8dc"/>
    <rect x="0" y="300" width="${WIDTH}" height="150" fill="#546e7a"/>
    ${[0, 1, 2, 3, 4].map((i) => `<rect x="${40 + i * 150}" y="300" width="6" height="150" fill="#eceff1"/>`).join('')}
    ${[
      ['#e53935', 60],
      ['#1e88e5', 360],
      ['#fdd835', 510],
    ]
      .map(
        ([c, x]) =>
          `<rect x="${x}" y="350" width="110" height="50" rx="14" fill="${c}"/><rect x="${Number(x) + 20}" y="325" width="70" height="35" rx="10" fill="${c}"/>${wheel(Number(x) + 25, 402).replace('r="26"', 'r="14"')}${wheel(Number(x) + 85, 402).replace('r="26"', 'r="14"')}`,
      )
      .join('')}
    <rect x="640" y="80" width="10" height="220" fill="#455a64"/><rect x="590" y="40" width="110" height="110" rx="14" fill="#1565c0"/>
    <path d="M625 130 V60 H655 A22 22 0 0 1 655 104 H625" fill="none" stroke="#fff" stroke-width="14"/>`,

  // Dorpskern Eksaarde: a greener village square
  'eksaarde-groen.jpg': `${sky('#c5e1a5', '#f1f8e9')}
    <rect x="80" y="150" width="200" height="170" fill="#e0c9a6"/><polygon points="70,150 180,80 290,150" fill="#8d6e63"/>
    <rect x="520" y="170" width="220" height="150" fill="#d7bfa0"/><polygon points="510,170 630,100 750,170" fill="#795548"/>
    <rect x="0" y="320" width="${WIDTH}" height="130" fill="#aed581"/><path d="M300 450 Q 400 330 500 450 Z" fill="#e0e0e0"/>
    ${tree(360, 330, 1)}${tree(460, 330, 0.8, '#33691e')}${tree(60, 360, 0.6)}${tree(760, 360, 0.7)}`,

  // Ontmoetingsplek Daknam: a bench and neighbours
  'daknam-ontmoeting.jpg': `${sky('#ffe0b2', '#fff3e0')}
    <rect x="0" y="320" width="${WIDTH}" height="130" fill="#a5d6a7"/>
    ${tree(120, 300, 1.2)}${tree(690, 300, 1)}
    <rect x="280" y="300" width="240" height="18" fill="#8d6e63"/><rect x="280" y="270" width="240" height="14" fill="#8d6e63"/>
    <rect x="295" y="318" width="10" height="40" fill="#5d4037"/><rect x="495" y="318" width="10" height="40" fill="#5d4037"/>
    ${person(340, 300, '#7e57c2')}${person(400, 300, '#26a69a')}${person(460, 300, '#ef5350')}${person(590, 360, '#42a5f5')}`,

  // Stedelijk zwembad: pool lanes
  'zwembad.jpg': `<rect width="${WIDTH}" height="${HEIGHT}" fill="#e0f7fa"/>
    <rect x="60" y="80" width="680" height="300" rx="10" fill="#29b6f6"/>
    ${[1, 2, 3, 4].map((i) => `<line x1="60" y1="${80 + i * 60}" x2="740" y2="${80 + i * 60}" stroke="#fff" stroke-width="5" stroke-dasharray="18 12"/>`).join('')}
    <path d="M60 130 q 40 -14 80 0 t 80 0 t 80 0" fill="none" stroke="#b3e5fc" stroke-width="4"/>
    <rect x="660" y="60" width="10" height="60" fill="#90a4ae"/><rect x="700" y="60" width="10" height="60" fill="#90a4ae"/>`,

  // Infomarkt: a market tent with people and speech bubbles
  'infomarkt.jpg': `${sky('#e1bee7', '#f8eafc')}
    <rect x="0" y="340" width="${WIDTH}" height="110" fill="#c5cae9"/>
    <polygon points="200,130 400,60 600,130" fill="#ab47bc"/><rect x="200" y="130" width="400" height="24" fill="#8e24aa"/>
    <rect x="215" y="154" width="10" height="180" fill="#6a1b9a"/><rect x="575" y="154" width="10" height="180" fill="#6a1b9a"/>
    <rect x="250" y="260" width="300" height="70" fill="#fff"/>
    ${person(300, 340, '#ff7043')}${person(420, 340, '#26c6da')}${person(520, 340, '#9ccc65')}
    <rect x="610" y="160" width="120" height="60" rx="20" fill="#fff"/><polygon points="630,218 620,246 655,218" fill="#fff"/>
    <rect x="60" y="180" width="110" height="56" rx="20" fill="#fff"/><polygon points="150,234 165,262 130,234" fill="#fff"/>`,

  // Stadhuis / gemeenteraad: the town hall facade
  'stadhuis.jpg': `${sky('#90caf9', '#e3f2fd')}
    <rect x="160" y="120" width="480" height="250" fill="#d7ccc8"/><polygon points="150,120 400,40 650,120" fill="#a1887f"/>
    <rect x="370" y="10" width="60" height="70" fill="#bcaaa4"/><circle cx="400" cy="90" r="22" fill="#fff"/>
    ${[0, 1, 2, 3, 4].map((i) => `<rect x="${200 + i * 85}" y="160" width="46" height="70" fill="#5c6bc0"/><rect x="${200 + i * 85}" y="260" width="46" height="70" fill="#5c6bc0"/>`).join('')}
    <rect x="370" y="290" width="60" height="80" fill="#6d4c41"/><rect x="0" y="370" width="${WIDTH}" height="80" fill="#bdbdbd"/>
    <rect x="395" y="0" width="4" height="30" fill="#424242"/><rect x="399" y="0" width="34" height="18" fill="#fdd835"/>`,
};

/** A one-page PDF in plain text lines; offsets in the cross-reference table are computed, not guessed. */
function onePagePdf(lines: string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = [
    'BT',
    '/F1 12 Tf',
    '14 TL',
    '56 780 Td',
    ...lines.map((line, i) => `${i === 0 ? '' : 'T* '}(${escape(line)}) Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const documents: Record<string, string[]> = {
  'besluit-gunning-heraanleg-kerkstraat.pdf': [
    'Stad Lokeren - College van burgemeester en schepenen',
    'Uittreksel uit de notulen',
    '',
    'Onderwerp: Heraanleg Kerkstraat - gunning van de opdracht voor werken',
    '',
    'Het college keurt het verslag van nazicht van de offertes goed en gunt de',
    'opdracht voor de heraanleg van de Kerkstraat aan de economisch meest',
    'voordelige inschrijver. De werken verlopen in twee fasen zodat de handelszaken',
    'bereikbaar blijven.',
    '',
    'Demodocument van het Denkmee-platform. Geen officieel stuk.',
  ],
  'besluit-ontwerpwedstrijd-museum.pdf': [
    'Stad Lokeren - Gemeenteraad',
    'Besluit',
    '',
    'Onderwerp: Vernieuwing Stedelijk Museum - lastvoorwaarden ontwerpwedstrijd',
    '',
    'De gemeenteraad keurt de lastvoorwaarden en de gunningswijze goed voor de',
    'ontwerpwedstrijd voor de vernieuwing van het Stedelijk Museum. De ideeen',
    'van de inwoners uit de participatiefase zijn als bijlage opgenomen.',
    '',
    'Demodocument van het Denkmee-platform. Geen officieel stuk.',
  ],
  'besluit-evaluatie-parkeerplan.pdf': [
    'Stad Lokeren - College van burgemeester en schepenen',
    'Uittreksel uit de notulen',
    '',
    'Onderwerp: Parkeerplan binnenstad - evaluatie van de proefperiode',
    '',
    'Het college neemt kennis van de evaluatie van de proefperiode met de blauwe',
    'zone en de shop-and-go-plaatsen en legt de resultaten van de bevraging voor',
    'aan de gemeenteraad.',
    '',
    'Demodocument van het Denkmee-platform. Geen officieel stuk.',
  ],
};

async function main(): Promise<void> {
  const imagesDir = path.join(here, 'images');
  const documentsDir = path.join(here, 'documents');
  fs.mkdirSync(imagesDir, { recursive: true });
  fs.mkdirSync(documentsDir, { recursive: true });
  let total = 0;
  for (const [file, scene] of Object.entries(scenes)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${scene}</svg>`;
    const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 70, mozjpeg: true }).toBuffer();
    fs.writeFileSync(path.join(imagesDir, file), jpeg);
    total += jpeg.length;
    console.log(`${file}: ${(jpeg.length / 1024).toFixed(1)} kB`);
  }
  for (const [file, lines] of Object.entries(documents)) {
    const pdf = onePagePdf(lines);
    fs.writeFileSync(path.join(documentsDir, file), pdf);
    total += pdf.length;
    console.log(`${file}: ${(pdf.length / 1024).toFixed(1)} kB`);
  }
  console.log(`samen ${(total / 1024).toFixed(0)} kB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
