.class public interface abstract Lcom/iflytek/cloud/InitListener;
.super Ljava/lang/Object;
.method public abstract onInit(I)V
.end method
