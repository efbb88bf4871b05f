.class public interface abstract Lcom/vivo/push/IPushActionListener;
.super Ljava/lang/Object;
.method public abstract onStateChanged(I)V
.end method
