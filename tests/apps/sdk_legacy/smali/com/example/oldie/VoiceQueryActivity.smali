.class public Lcom/example/oldie/VoiceQueryActivity;
.super Landroid/app/Activity;
.source "VoiceQueryActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public listen()V
    .registers 3
    new-instance v0, Lcom/iflytek/speech/SpeechRecognizer;
    const/4 v1, 0x0
    invoke-direct {v0, p0, v1}, Lcom/iflytek/speech/SpeechRecognizer;-><init>(Landroid/content/Context;Lcom/iflytek/speech/InitListener;)V
    invoke-virtual {v0, v1}, Lcom/iflytek/speech/SpeechRecognizer;->startListening(Lcom/iflytek/speech/RecognizerListener;)I
    return-void
.end method
