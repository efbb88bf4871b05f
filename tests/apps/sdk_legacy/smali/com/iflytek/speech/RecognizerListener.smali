.class public interface abstract Lcom/iflytek/speech/RecognizerListener;
.super Ljava/lang/Object;
.method public abstract onResult(Lcom/iflytek/speech/RecognizerResult;Z)V
.end method
