package id.warta.scraper;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling UTF-8 from Windows-1252 without decoding twice.
 */
class TextDecoderTests {

	@Test
	void acceptsWellFormedUtf8AndRefusesWhatTheJdkRefuses() {
		assertThat(TextDecoder.isUtf8("Kata “kutip” — é 日本 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(TextDecoder.isUtf8(new byte[] { (byte) 0xc0, (byte) 0xaf })).as("overlong").isFalse();
		assertThat(TextDecoder.isUtf8(new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 })).as("surrogate").isFalse();
		assertThat(TextDecoder.isUtf8(new byte[] { 'a', (byte) 0xe2, (byte) 0x80 })).as("cut short").isFalse();
		assertThat(TextDecoder.isUtf8(new byte[] { (byte) 0x93, 'a', (byte) 0x94 })).as("windows-1252").isFalse();
		Random random = new Random(3);
		for (int round = 0; round < 2000; round++) {
			byte[] bytes = new byte[random.nextInt(8)];
			random.nextBytes(bytes);
			boolean jdk = new String(bytes, StandardCharsets.UTF_8).equals(strict(bytes));
			assertThat(TextDecoder.isUtf8(bytes)).as("%s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(jdk);
		}
	}

	@Test
	void decodesWindows1252WhenTheBytesAreNotUtf8() {
		byte[] bytes = { (byte) 0x93, 'J', 'a', 'k', 'a', 'r', 't', 'a', (byte) 0x94 };
		assertThat(TextDecoder.decode(bytes, null)).isEqualTo("“Jakarta”");
	}

	@Test
	void readsWellFormedUtf8WhateverTheMetaTagDeclares() {
		byte[] bytes = "<meta charset=\"gb2312\"><p>谷歌收购的人工智能公司 — “Jakarta”</p>".getBytes(StandardCharsets.UTF_8);
		assertThat(TextDecoder.decode(bytes, null)).contains("谷歌收购的人工智能公司 — “Jakarta”");
		byte[] gb = "<meta charset=\"gb2312\"><p>谷歌收购</p>".getBytes(java.nio.charset.Charset.forName("GB2312"));
		assertThat(TextDecoder.decode(gb, null)).contains("谷歌收购");
		byte[] ascii = "<meta charset=\"windows-1252\"><p>Jakarta</p>".getBytes(StandardCharsets.US_ASCII);
		assertThat(TextDecoder.detect(ascii, null).charset().name()).isEqualTo("windows-1252");
	}

	private static String strict(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			return "\u0000not utf-8";
		}
	}

}
