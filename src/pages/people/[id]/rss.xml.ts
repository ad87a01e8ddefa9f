import type { APIRoute, GetStaticPaths } from 'astro';
import { speakerFeed } from '../../../data/speaker-feed.ts';
import { type Speaker, speakerPaths } from '../../../data/speakers.ts';

export const getStaticPaths = (() => speakerPaths('person')) satisfies GetStaticPaths;

/** `/people/<id>/rss.xml`: the speaker's quotes as a feed (see `speakerFeed`). */
export const GET: APIRoute<{ speaker: Speaker }> = ({ props, site }) => speakerFeed(props.speaker, site);
