.class public Lcom/example/zoo/voice/VoiceSearchActivity;
.super Landroid/app/Activity;
.source "VoiceSearchActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public startVoice()V
    .registers 3
    const/4 v0, 0x0
    invoke-static {p0, v0}, Lcom/iflytek/cloud/SpeechRecognizer;->createRecognizer(Landroid/content/Context;Lcom/iflytek/cloud/InitListener;)Lcom/iflytek/cloud/SpeechRecognizer;
    move-result-object v1
    invoke-virtual {v1, v0}, Lcom/iflytek/cloud/SpeechRecognizer;->startListening(Lcom/iflytek/cloud/RecognizerListener;)I
    return-void
.end method
