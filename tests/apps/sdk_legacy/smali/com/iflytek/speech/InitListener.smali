.class public interface abstract Lcom/iflytek/speech/InitListener;
.super Ljava/lang/Object;
.method public abstract onInit(Lcom/iflytek/speech/ISpeechModule;I)V
.end method
