.class public interface abstract Lcom/iflytek/cloud/RecognizerListener;
.super Ljava/lang/Object;
.method public abstract onVolumeChanged(I[B)V
.end method
